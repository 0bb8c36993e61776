package org.entente.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.entente.application.dataset.DataSet;
import org.entente.application.dataset.DataSetProblem;
import org.entente.application.dataset.ImportReport;
import org.entente.application.dataset.InvalidDataSetException;
import org.entente.application.fake.FakeRevisions;
import org.entente.application.fake.FakeStorage;
import org.entente.application.fake.FakeTransactions;
import org.entente.application.port.out.Actors;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.Country;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.instrument.InstrumentKind;
import org.entente.domain.instrument.InstrumentStatus;
import org.entente.domain.instrument.Signatory;
import org.entente.domain.instrument.StatusChange;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.Evidence;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.junit.jupiter.api.Test;

class DataSetServiceTest {
    private static final Country VN = Country.of("VN");
    private static final Country JP = Country.of("JP");
    private static final Source SOURCE = new Source(new SourceId("s1"), "VNA", null, null, "en", null,
            "At the talks between President Vo Van Thuong and Japanese Prime Minister Fumio Kishida in Tokyo on November 27",
            0);
    private static final RelationId RELATION = new RelationId("jp-vn");
    private static final PersonId THUONG = new PersonId("vo-van-thuong");
    private static final PersonId KISHIDA = new PersonId("fumio-kishida");
    private static final MeetingId TALKS = new MeetingId("talks");

    private final Storage storage = FakeStorage.create();
    private final FakeRevisions revisions = (FakeRevisions) storage.revisions();
    private final DataSetService service = new DataSetService(storage, new Chronicle(storage, new ChangeBroadcast(),
            () -> Actors.SYSTEM, Clock.systemUTC()));

    private static DataSet set(Evidence meetingEvidence, PersonId signatory) {
        Evidence quote = SOURCE.quote("in Tokyo on November 27");
        Meeting talks = new Meeting(TALKS, RELATION, "Talks", MeetingKind.TALKS, MeetingStatus.HELD,
                PartialDate.parse("2023-11-27"), null, "Tokyo", JP, null, null, List.of(), List.of(),
                List.of(new Attendance("thuong", THUONG, "President", VN, Set.of(AttendanceRole.GUEST), List.of(quote)),
                        new Attendance("kishida", KISHIDA, "Japanese Prime Minister", JP, Set.of(AttendanceRole.HOST), List.of())),
                List.of(), List.of(meetingEvidence), 0);
        Instrument statement = new Instrument(new InstrumentId("joint-statement"), RELATION, "Joint statement",
                InstrumentKind.JOINT_STATEMENT, false, List.of(), List.of(new Signatory(signatory, null, VN)), List.of(),
                TALKS, PartialDate.parse("2023-11-27"), "Tokyo", List.of(),
                List.of(new StatusChange(InstrumentStatus.ADOPTED, PartialDate.parse("2023-11-27"), List.of())),
                List.of(quote), 0);
        return DataSet.of(List.of(SOURCE,
                new Person(THUONG, "Vo Van Thuong", List.of("Thuong"), VN, List.of(), List.of(), null, 0),
                new Person(KISHIDA, "Fumio Kishida", List.of("Kishida"), JP, List.of(), List.of(), null, 0),
                BilateralRelation.between(RELATION, CountryPair.of("VN", "JP"))
                        .elevate("Comprehensive Strategic Partnership", PartialDate.parse("2023-11-27"), TALKS, List.of(quote)),
                talks, statement));
    }

    @Test
    void imports_a_set_and_a_second_import_changes_nothing() {
        DataSet set = set(SOURCE.quote("At the talks"), THUONG);
        assertThat(service.importDataSet("test.json", set)).isEqualTo(new ImportReport(6, 0, 0));
        assertThat(service.importDataSet("test.json", set)).isEqualTo(new ImportReport(0, 0, 6));
        assertThat(storage.meetings().findById(TALKS).orElseThrow().version()).isEqualTo(1);
        assertThat(service.storeIsEmpty()).isFalse();
        // the store is told of each import once it is stored, to refresh what it plans its reads by
        assertThat(((FakeTransactions) storage.transactions()).bulkWrites()).isEqualTo(2);
        assertThat(revisions.appended).hasSize(6).allSatisfy(r -> {
            assertThat(r.actor()).isEqualTo("system");
            assertThat(r.operation()).isEqualTo("importDataSet");
            assertThat(r.previousVersion()).isZero();
        });
    }

    @Test
    void exports_what_it_imported() {
        DataSet set = set(SOURCE.quote("At the talks"), THUONG);
        service.importDataSet("test.json", set);
        DataSet exported = service.exportDataSet();
        assertThat(exported.meetings()).singleElement().satisfies(m -> assertThat(m.withVersion(0)).isEqualTo(set.meetings().get(0)));
        assertThat(exported.size()).isEqualTo(set.size());
    }

    @Test
    void a_changed_record_is_updated_in_place() {
        service.importDataSet("test.json", set(SOURCE.quote("At the talks"), THUONG));
        ImportReport report = service.importDataSet("test.json", set(SOURCE.quote("Japanese Prime Minister"), THUONG));
        assertThat(report).isEqualTo(new ImportReport(0, 1, 5));
        assertThat(storage.meetings().findById(TALKS).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void refuses_the_whole_set_naming_record_and_field_and_stores_nothing() {
        Evidence forged = new Evidence(SOURCE.id(), "in Osaka on November 27", 5, false, null);
        DataSet bad = set(forged, new PersonId("somebody-else"));
        assertThatThrownBy(() -> service.importDataSet("bad.json", bad))
                .isInstanceOf(InvalidDataSetException.class)
                .hasMessageContaining("bad.json")
                .satisfies(e -> assertThat(((InvalidDataSetException) e).problems())
                        .extracting(DataSetProblem::record, DataSetProblem::field)
                        .contains(org.assertj.core.groups.Tuple.tuple("meeting talks", "evidence[0].quote"),
                                org.assertj.core.groups.Tuple.tuple("instrument joint-statement", "signatories[0].person")));
        assertThat(service.storeIsEmpty()).isTrue();
        assertThat(storage.sources().count()).isZero();
        assertThat(((FakeTransactions) storage.transactions()).bulkWrites()).isZero();
    }
}
