package org.entente.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.application.command.RecordEventCommand;
import org.entente.application.command.RegisterPersonCommand;
import org.entente.application.fake.FakeStorage;
import org.entente.domain.common.NotFoundException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.event.EventId;
import org.entente.domain.event.EventKind;
import org.entente.domain.event.EventStatus;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.junit.jupiter.api.Test;

class DirectoryServiceTest {
    private final Curation world = new Curation(FakeStorage.create());
    private final CurateDirectoryService directory = new CurateDirectoryService(world.storage, world.chronicle);

    @Test
    void registers_a_person_with_posts_and_evidence() {
        var person = directory.registerPerson(new RegisterPersonCommand(new PersonId("vu-2"), "Nguyễn Minh Vũ",
                List.of("Vũ"), Curation.VN, List.of(new RegisterPersonCommand.PostInput(
                        "Permanent Deputy Minister of Foreign Affairs", null, null, null,
                        List.of(Curation.quote("Permanent Deputy Minister of Foreign Affairs")))),
                List.of(Curation.quote("Nguyễn Minh Vũ"))));
        assertThat(person.posts()).singleElement().satisfies(p -> assertThat(p.evidence()).hasSize(1));
        assertThat(person.version()).isEqualTo(1);
    }

    @Test
    void refuses_a_post_in_an_unknown_organisation() {
        assertThatThrownBy(() -> directory.registerPerson(new RegisterPersonCommand(new PersonId("x"), "X", List.of(),
                Curation.VN, List.of(new RegisterPersonCommand.PostInput("Minister", new OrganizationId("nowhere"),
                        null, null, List.of())), List.of())))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("organization nowhere");
        assertThat(world.storage.persons().findById(new PersonId("x"))).isEmpty();
    }

    @Test
    void records_an_event_only_within_a_known_relation() {
        var expo = directory.recordEvent(new RecordEventCommand(new EventId("expo-2025"), Curation.RELATION,
                "World Expo 2025", EventKind.EXPO, Curation.JP, null, "Osaka", PartialDate.parse("2025"), null,
                EventStatus.ANNOUNCED, List.of(Curation.quote("TOKYO"))));
        assertThat(expo.host()).isEqualTo(Curation.JP);
        assertThatThrownBy(() -> directory.recordEvent(new RecordEventCommand(new EventId("expo-2"),
                new RelationId("fr-vn"), "Expo", EventKind.EXPO, null, null, null, null, null, EventStatus.ANNOUNCED,
                List.of(Curation.quote("TOKYO"))))).isInstanceOf(NotFoundException.class);
    }
}
