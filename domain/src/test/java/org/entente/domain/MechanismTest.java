package org.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.mechanism.MechanismSession;
import org.entente.domain.relation.RelationId;
import org.junit.jupiter.api.Test;

class MechanismTest {
    private final DialogueMechanism dialogue = DialogueMechanism.established(new MechanismId("spd"), Samples.RELATION,
            "Strategic partnership dialogue", null, List.of());
    private final DialogueMechanism twoPlusTwo = DialogueMechanism.established(new MechanismId("2plus2"),
            Samples.RELATION, "Vice-Ministerial 2+2 Consultation", "2+2", List.of());

    @Test
    void an_upgrade_names_its_predecessor_and_date() {
        DialogueMechanism upgraded = twoPlusTwo.upgradeOf(dialogue, PartialDate.parse("2025-12-04"),
                PartialDate.parse("2024-12"), List.of());
        assertThat(upgraded.predecessor()).isEqualTo(dialogue.id());
        assertThat(upgraded.upgradedOn()).isEqualTo(PartialDate.parse("2025-12-04"));
    }

    @Test
    void refuses_an_upgrade_dated_before_the_predecessors_last_session() {
        assertThatThrownBy(() -> twoPlusTwo.upgradeOf(dialogue, PartialDate.parse("2024-11"),
                PartialDate.parse("2024-12"), List.of()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("UPGRADE_BEFORE_LAST_SESSION"));
    }

    @Test
    void an_upgrade_in_the_month_of_the_last_session_is_not_refused_for_lack_of_a_day() {
        assertThat(twoPlusTwo.upgradeOf(dialogue, PartialDate.parse("2024-12"), PartialDate.parse("2024-12-12"),
                List.of()).predecessor()).isEqualTo(dialogue.id());
    }

    @Test
    void refuses_an_upgrade_from_itself_or_from_another_relation() {
        assertThatThrownBy(() -> dialogue.upgradeOf(dialogue, PartialDate.parse("2025"), null, List.of()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("UPGRADE_FROM_ITSELF"));
        DialogueMechanism elsewhere = DialogueMechanism.established(new MechanismId("other"), new RelationId("fr-vn"),
                "Other dialogue", null, List.of());
        assertThatThrownBy(() -> twoPlusTwo.upgradeOf(elsewhere, PartialDate.parse("2025"), null, List.of()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("UPGRADE_ACROSS_RELATIONS"));
    }

    @Test
    void session_numbers_start_at_one() {
        assertThat(new MechanismSession(dialogue.id(), 8).key()).isEqualTo("spd#8");
        assertThatThrownBy(() -> new MechanismSession(dialogue.id(), 0)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("SESSION_NUMBER_INVALID"));
    }
}
