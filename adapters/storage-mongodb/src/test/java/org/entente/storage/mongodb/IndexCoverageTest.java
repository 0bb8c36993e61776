package org.entente.storage.mongodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.application.criteria.EventCriteria;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.criteria.InvitationCriteria;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.criteria.PersonCriteria;
import org.entente.application.page.Keyset;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.PartialDate;
import org.entente.domain.meeting.MeetingId;
import org.entente.storage.contract.SampleRecords;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every query the adapter sent, in every test of this module that ran before this one (it runs last) and in a
 * workload of its own that asks each port for each kind of page, is served by a declared index by the
 * equality–sort–range rule ({@link IndexedQueries}); a shape no index serves fails with the index it would need.
 */
@Order(Integer.MAX_VALUE)
class IndexCoverageTest {
    /** Every command any test connection of this module sends is checked here. */
    static final IndexedQueries QUERIES = new IndexedQueries();

    @Test
    void everyQueryShapeIsServedByADeclaredIndex() {
        Storage storage = MongoServers.emptyEmbedded();
        for (int n = 0; n < 30; n++) {
            storage.meetings().save(SampleRecords.meeting(new MeetingId("m" + n), n));
        }
        PageRequest after = PageRequest.firstAfter(5, new Keyset("2020", "m1"));
        for (MeetingCriteria c : List.of(MeetingCriteria.ALL, MeetingCriteria.ofRelation(SampleRecords.RELATIONS.get(0)),
                MeetingCriteria.attendedBy(SampleRecords.PERSONS.get(1)), MeetingCriteria.committedIn(SampleRecords.RELATIONS.get(1)),
                MeetingCriteria.sessionsOf(SampleRecords.MECHANISMS.get(0)),
                new MeetingCriteria(null, PartialDate.parse("2021"), PartialDate.parse("2022"), SampleRecords.VN, null,
                        null, null, "energy"))) {
            storage.meetings().page(c, after);
            storage.meetings().page(c, PageRequest.lastBefore(3, null));
            storage.meetings().pages(List.of(c, MeetingCriteria.ALL), after);
            storage.meetings().count(c);
            storage.meetings().counts(List.of(c));
            storage.meetings().commitmentCounts(List.of(c));
        }
        storage.meetings().findSessionsOf(SampleRecords.MECHANISMS);
        storage.meetings().pageById(PageRequest.first(5));
        storage.persons().page(new PersonCriteria("nguyen", SampleRecords.VN), after);
        storage.persons().pages(List.of(PersonCriteria.ALL), after);
        storage.instruments().page(new InstrumentCriteria(SampleRecords.RELATIONS.get(0), null, PartialDate.parse("2020"),
                null, SampleRecords.JP), after);
        storage.instruments().findConcludedAt(List.of(new MeetingId("m1")));
        storage.invitations().page(new InvitationCriteria(SampleRecords.RELATIONS.get(0), null,
                SampleRecords.PERSONS.get(0)), after);
        storage.events().page(new EventCriteria(SampleRecords.RELATIONS.get(0), null, null, PartialDate.parse("2020"),
                null), after);
        storage.mechanisms().findByRelations(SampleRecords.RELATIONS);
        storage.mechanisms().findByPredecessors(SampleRecords.MECHANISMS);
        storage.relations().findByCountries(SampleRecords.countryPair(3));
        storage.revisions().history("Meeting", "m1", PageRequest.first(3));
        storage.revisions().histories("Meeting", List.of("m1", "m2"), after);
        storage.revisions().counts("Meeting", List.of("m1", "m2"));

        assertThat(QUERIES.seen()).as("query shapes recorded").hasSizeGreaterThan(20);
        assertThat(QUERIES.unserved()).as("query shapes no declared index serves, each with the index it would "
                + "need").extracting(IndexedQueries.Shape::wanted).isEmpty();
    }
}
