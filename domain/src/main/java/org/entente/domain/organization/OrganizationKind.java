package org.entente.domain.organization;

/** What kind of body an organisation is. */
public enum OrganizationKind {
    MINISTRY, GOVERNMENT, PARLIAMENT, PARLIAMENTARY_FRIENDSHIP_GROUP, PARTY, LOCAL_GOVERNMENT,
    INTERNATIONAL_ORGANIZATION, NEWS_AGENCY, STATE_OFFICE, AGENCY, OTHER
}
