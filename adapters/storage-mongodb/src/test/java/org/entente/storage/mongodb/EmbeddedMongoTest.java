package org.entente.storage.mongodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.DuplicateKeyException;
import org.entente.domain.common.StaleVersionException;
import org.entente.domain.event.EventId;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.invitation.InvitationId;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.mechanism.MechanismSession;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.SourceId;
import org.entente.domain.visit.VisitId;
import org.entente.storage.contract.SampleRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: a file-backed server keeps every record, at its version, across a stop and a restart. */
class EmbeddedMongoTest {
    private static final String DATABASE = "entente";

    @Test
    void aFileBackedServerKeepsEveryRecordAndItsVersionAcrossARestart(@TempDir Path directory) {
        Path file = directory.resolve("data").resolve("entente.mv");
        List<Aggregate<?, ?>> saved = new ArrayList<>();
        try (EmbeddedMongo server = EmbeddedMongo.onFile(file);
             MongoConnection connection = MongoConnection.open(server.connectionString(), DATABASE)) {
            Storage storage = MongoStorage.onEmbedded(server, connection.mongo());
            for (int n = 0; n < 12; n++) {
                int times = n % 3;
                saved.add(saveRevised(storage.relations(), SampleRecords.relation(new RelationId("r" + n), n), times));
                saved.add(saveRevised(storage.persons(), SampleRecords.person(new PersonId("p" + n), n), times));
                saved.add(saveRevised(storage.organizations(),
                        SampleRecords.organization(new OrganizationId("o" + n), n), times));
                saved.add(saveRevised(storage.sources(), SampleRecords.source(new SourceId("s" + n), n), times));
                saved.add(saveRevised(storage.mechanisms(), SampleRecords.mechanism(new MechanismId("k" + n), n), times));
                saved.add(saveRevised(storage.visits(), SampleRecords.visit(new VisitId("v" + n), n), times));
                saved.add(saveRevised(storage.meetings(), SampleRecords.meeting(new MeetingId("m" + n), n), times));
                saved.add(saveRevised(storage.instruments(), SampleRecords.instrument(new InstrumentId("i" + n), n), times));
                saved.add(saveRevised(storage.invitations(), SampleRecords.invitation(new InvitationId("n" + n), n), times));
                saved.add(saveRevised(storage.events(), SampleRecords.event(new EventId("e" + n), n), times));
            }
        }
        assertThat(file).isRegularFile();

        try (EmbeddedMongo server = EmbeddedMongo.onFile(file);
             MongoConnection connection = MongoConnection.open(server.connectionString(), DATABASE)) {
            Storage storage = MongoStorage.onEmbedded(server, connection.mongo());
            List<Object> loaded = new ArrayList<>();
            for (Aggregate<?, ?> aggregate : saved) {
                loaded.add(find(storage, aggregate));
            }
            assertThat(loaded).containsExactlyElementsOf(saved);
            assertThat(saved).extracting(Aggregate::version).contains(1L, 2L, 3L);
            assertThat(storage.meetings().count()).isEqualTo(12);

            BilateralRelation relation = storage.relations().findById(new RelationId("r1")).orElseThrow();
            assertThatThrownBy(() -> storage.relations().save(
                    new BilateralRelation(new RelationId("copy"), relation.countries(), List.of(), 0)))
                    .isInstanceOf(DuplicateKeyException.class);
            Meeting session = storage.meetings().findById(new MeetingId("m0")).orElseThrow();
            MechanismSession taken = session.session();
            Meeting copy = SampleRecords.meeting(new MeetingId("copy"), 1);
            assertThatThrownBy(() -> storage.meetings().save(new Meeting(copy.id(), copy.relation(), copy.title(),
                    copy.kind(), copy.status(), copy.startDate(), copy.endDate(), copy.city(), copy.country(), taken,
                    copy.visit(), copy.areas(), copy.outcomes(), copy.attendances(), copy.commitments(),
                    copy.evidence(), 0))).isInstanceOf(DuplicateKeyException.class);
            Meeting thrice = storage.meetings().findById(new MeetingId("m2")).orElseThrow();
            assertThat(thrice.version()).isEqualTo(3);
            assertThatThrownBy(() -> storage.meetings().save(thrice.withVersion(2)))
                    .isInstanceOf(StaleVersionException.class);
        }
    }

    @Test
    void aServerListensOnLoopbackAndSaysWhereItsDataLives(@TempDir Path directory) {
        try (EmbeddedMongo inMemory = EmbeddedMongo.inMemory();
             EmbeddedMongo onFile = EmbeddedMongo.onFile(directory.resolve("entente.mv"))) {
            assertThat(inMemory.connectionString()).startsWith("mongodb://127.0.0.1:");
            assertThat(inMemory.dataFile()).isEmpty();
            assertThat(inMemory.description()).contains(inMemory.connectionString()).contains("in memory");
            assertThat(onFile.dataFile()).contains(directory.resolve("entente.mv").toAbsolutePath());
            assertThat(onFile.description()).contains(directory.resolve("entente.mv").toAbsolutePath().toString());
            assertThat(onFile.connectionString()).isNotEqualTo(inMemory.connectionString());
        }
    }

    private static <I extends AggregateId, A extends Aggregate<I, A>> A saveRevised(AggregateStore<I, A> store,
                                                                                   A aggregate, int times) {
        A saved = store.save(aggregate);
        for (int t = 0; t < times; t++) {
            saved = store.save(saved);
        }
        return saved;
    }

    private static Object find(Storage storage, Aggregate<?, ?> aggregate) {
        AggregateId id = aggregate.id();
        if (id instanceof RelationId r) {
            return storage.relations().findById(r).orElse(null);
        } else if (id instanceof PersonId p) {
            return storage.persons().findById(p).orElse(null);
        } else if (id instanceof OrganizationId o) {
            return storage.organizations().findById(o).orElse(null);
        } else if (id instanceof SourceId s) {
            return storage.sources().findById(s).orElse(null);
        } else if (id instanceof MechanismId k) {
            return storage.mechanisms().findById(k).orElse(null);
        } else if (id instanceof VisitId v) {
            return storage.visits().findById(v).orElse(null);
        } else if (id instanceof MeetingId m) {
            return storage.meetings().findById(m).orElse(null);
        } else if (id instanceof InstrumentId i) {
            return storage.instruments().findById(i).orElse(null);
        } else if (id instanceof InvitationId n) {
            return storage.invitations().findById(n).orElse(null);
        } else if (id instanceof EventId e) {
            return storage.events().findById(e).orElse(null);
        }
        throw new IllegalArgumentException("no store for " + id);
    }
}
