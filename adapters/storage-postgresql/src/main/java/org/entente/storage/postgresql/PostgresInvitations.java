package org.entente.storage.postgresql;

import java.util.List;
import org.entente.application.criteria.InvitationCriteria;
import org.entente.application.port.out.Invitations;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.invitation.InvitationId;
import org.entente.domain.invitation.InvitationStatus;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import tools.jackson.databind.node.ObjectNode;

/** The invitations, listed by the date extended, undated first; a person is the inviter or the invitee. */
final class PostgresInvitations extends ListedRecords<InvitationId, Invitation, InvitationCriteria>
        implements Invitations {

    PostgresInvitations(PostgresSite site) {
        super(site, "invitations", "invitation", null);
    }

    @Override
    protected void where(InvitationCriteria c, Sql sql) {
        sql.andEqual("relation", c.relation());
        sql.andEqual("status", c.status());
        sql.andHolds("persons", c.person());
    }

    @Override
    protected List<Column> columns(Invitation i) {
        return List.of(Column.sortKey(i.extendedOn()),
                Column.id("relation", i.relation()),
                Column.kind("status", i.status()),
                Column.texts("persons", List.of(i.inviter().value(), i.invitee().value())));
    }

    @Override
    protected void write(Invitation i, ObjectNode d) {
        Json.put(d, "relation", i.relation());
        Json.put(d, "inviter", i.inviter());
        Json.put(d, "invitee", i.invitee());
        d.put("purpose", i.purpose());
        Json.put(d, "conveyedBy", i.conveyedBy());
        Json.put(d, "extendedAt", i.extendedAt());
        Json.put(d, "extendedOn", i.extendedOn());
        Json.put(d, "status", i.status());
        Json.put(d, "fulfilledBy", i.fulfilledBy());
        Json.evidence(d, i.evidence());
    }

    @Override
    protected Invitation record(Fields d, long version) {
        return new Invitation(d.id("id", InvitationId::new), d.id("relation", RelationId::new),
                d.id("inviter", PersonId::new), d.id("invitee", PersonId::new), d.text("purpose"),
                d.optionalId("conveyedBy", PersonId::new), d.optionalId("extendedAt", MeetingId::new),
                d.optionalDate("extendedOn"), d.kind("status", InvitationStatus.class),
                d.optionalId("fulfilledBy", MeetingId::new), d.evidence(), version);
    }
}
