package org.entente.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.entente.application.command.AttendanceInput;
import org.entente.application.command.Citing;
import org.entente.application.command.RecordMeetingCommand;
import org.entente.application.command.RegisterSourceCommand;
import org.entente.application.fake.FakeRevisions;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.Country;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.mechanism.MechanismSession;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.SourceId;

/** A small curated world the use-case tests start from. */
final class Curation {
    static final String TEXT = "TOKYO — Permanent Deputy Minister of Foreign Affairs Nguyễn Minh Vũ co-chaired the 8th "
            + "Việt Nam-Japan strategic partnership dialogue and held talks with his Japanese counterpart Funakoshi "
            + "Takehiro as part of his working visit to Japan from December 11-13.";
    static final SourceId SOURCE = new SourceId("vns-2024-12");
    static final RelationId RELATION = new RelationId("jp-vn");
    static final PersonId VU = new PersonId("nguyen-minh-vu");
    static final PersonId FUNAKOSHI = new PersonId("funakoshi-takehiro");
    static final MechanismId DIALOGUE = new MechanismId("jp-vn-strategic-partnership-dialogue");
    static final Country VN = Country.of("VN");
    static final Country JP = Country.of("JP");

    final Storage storage;
    final FakeRevisions revisions;
    final ChangeBroadcast changes = new ChangeBroadcast();
    final Chronicle chronicle;
    final CurateSourcesService sources;
    final CurateRelationsService relations;
    final CurateMeetingsService meetings;
    final CurateAgreementsService agreements;

    Curation(Storage storage) {
        this.storage = storage;
        this.revisions = (FakeRevisions) storage.revisions();
        this.chronicle = new Chronicle(storage, changes, () -> "curator",
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        this.sources = new CurateSourcesService(storage.sources(), chronicle);
        this.relations = new CurateRelationsService(storage.relations(), storage.meetings(), storage.sources(), chronicle);
        this.meetings = new CurateMeetingsService(storage, chronicle);
        this.agreements = new CurateAgreementsService(storage, chronicle);
        sources.registerSource(new RegisterSourceCommand(SOURCE, "VNS", null, PartialDate.parse("2024-12"), "en", null, TEXT));
        relations.establishRelation(RELATION, CountryPair.of("VN", "JP"));
        storage.persons().save(new Person(VU, "Nguyễn Minh Vũ", List.of("Vũ"), VN, List.of(), List.of(), null, 0));
        storage.persons().save(new Person(FUNAKOSHI, "Funakoshi Takehiro", List.of(), JP, List.of(), List.of(), null, 0));
        storage.mechanisms().save(DialogueMechanism.established(DIALOGUE, RELATION,
                "Việt Nam-Japan strategic partnership dialogue", null, List.of()));
    }

    static Citing quote(String quote) {
        return new Citing(SOURCE, quote, false, null);
    }

    static RecordMeetingCommand dialogue(String id, int session, String quote) {
        return new RecordMeetingCommand(new MeetingId(id), RELATION, "8th strategic partnership dialogue",
                MeetingKind.DIALOGUE, MeetingStatus.HELD, PartialDate.parse("2024-12"), null, "Tokyo", JP,
                new MechanismSession(DIALOGUE, session), null, List.of(), List.of(),
                List.of(new AttendanceInput("vu", VU, "Permanent Deputy Minister of Foreign Affairs", VN,
                                Set.of(AttendanceRole.CO_CHAIR), List.of(quote("Nguyễn Minh Vũ co-chaired"))),
                        new AttendanceInput("funakoshi", FUNAKOSHI, "his Japanese counterpart", JP,
                                Set.of(AttendanceRole.CO_CHAIR), List.of())),
                List.of(quote(quote)));
    }
}
