package org.entente.graphql.fake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.application.command.RegisterSourceCommand;
import org.entente.application.port.out.Receipts;
import org.entente.application.port.out.Revisions;
import org.entente.application.port.out.Storage;
import org.entente.application.service.ChangeBroadcast;
import org.entente.application.service.Chronicle;
import org.entente.application.service.CurateAgreementsService;
import org.entente.application.service.CurateDirectoryService;
import org.entente.application.service.CurateMeetingsService;
import org.entente.application.service.CurateOnceService;
import org.entente.application.service.CurateRelationsService;
import org.entente.application.service.CurateSourcesService;
import org.entente.application.service.ReadHistoryService;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.Country;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.SourceId;
import org.entente.storage.memory.InMemoryStorage;

/**
 * The real curation use cases over the in-memory store, with its real version checks and unique keys, seeded
 * with one source, one relation, three persons and one dialogue mechanism. Tests share it, so each one records
 * its own meetings under ids of its own ({@link #nextId}).
 */
public final class CurationWorld {
    public static final String TEXT = "TOKYO — Permanent Deputy Minister of Foreign Affairs Nguyễn Minh Vũ co-chaired "
            + "the 8th Việt Nam-Japan strategic partnership dialogue and held talks with his Japanese counterpart "
            + "Funakoshi Takehiro. The two sides signed a memorandum on search and rescue. Mr Vũ invited Mr Funakoshi "
            + "to visit Hà Nội.";
    public static final SourceId SOURCE = new SourceId("vns-2024-12");
    public static final RelationId RELATION = new RelationId("jp-vn");
    public static final PersonId VU = new PersonId("nguyen-minh-vu");
    public static final PersonId FUNAKOSHI = new PersonId("funakoshi-takehiro");
    public static final PersonId KAMIKAWA = new PersonId("kamikawa-yoko");
    public static final MechanismId DIALOGUE = new MechanismId("jp-vn-strategic-partnership-dialogue");

    public final Storage storage = InMemoryStorage.empty();
    public final Revisions revisions = storage.revisions();
    public final Receipts receipts = storage.receipts();
    final Chronicle chronicle = new Chronicle(storage, new ChangeBroadcast(), () -> "curator",
            Clock.fixed(Instant.parse("2026-01-01T09:30:00Z"), ZoneOffset.UTC));
    final CurateSourcesService sources = new CurateSourcesService(storage.sources(), chronicle);
    final CurateMeetingsService meetings = new CurateMeetingsService(storage, chronicle);
    final CurateAgreementsService agreements = new CurateAgreementsService(storage, chronicle);
    final CurateDirectoryService directory = new CurateDirectoryService(storage, chronicle);
    final CurateRelationsService relations = new CurateRelationsService(storage.relations(), storage.meetings(),
            storage.sources(), chronicle);
    final CurateOnceService once = new CurateOnceService(sources, meetings, agreements, directory, storage, chronicle);
    final ReadHistoryService history = new ReadHistoryService(revisions);
    private final AtomicInteger ids = new AtomicInteger();

    public CurationWorld() {
        sources.registerSource(new RegisterSourceCommand(SOURCE, "VNS", null, PartialDate.parse("2024-12"), "en",
                null, TEXT));
        relations.establishRelation(RELATION, CountryPair.of("VN", "JP"));
        chronicle.save(storage.persons(), null, new Person(VU, "Nguyễn Minh Vũ", List.of("Nguyen Minh Vu"),
                Country.of("VN"), List.of(), List.of(), null, 0), "registerPerson");
        chronicle.save(storage.persons(), null, new Person(FUNAKOSHI, "Funakoshi Takehiro", List.of(),
                Country.of("JP"), List.of(), List.of(), null, 0), "registerPerson");
        chronicle.save(storage.persons(), null, new Person(KAMIKAWA, "Kamikawa Yōko", List.of(),
                Country.of("JP"), List.of(), List.of(), null, 0), "registerPerson");
        chronicle.save(storage.mechanisms(), null, DialogueMechanism.established(DIALOGUE, RELATION,
                "Việt Nam-Japan strategic partnership dialogue", null, List.of()), "establishMechanism");
    }

    /** An id no other test uses: {@code prefix-1}, {@code prefix-2}... */
    public String nextId(String prefix) {
        return prefix + "-" + ids.incrementAndGet();
    }

    /** A session number no other test uses. */
    public int nextSession() {
        return 100 + ids.incrementAndGet();
    }
}
