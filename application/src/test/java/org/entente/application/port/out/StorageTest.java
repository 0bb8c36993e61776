package org.entente.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.entente.application.fake.FakeStorage;
import org.entente.domain.common.RecordKind;
import org.junit.jupiter.api.Test;

class StorageTest {
    private final Storage fake = FakeStorage.create();

    @Test
    void a_store_without_a_port_for_some_kind_is_refused_naming_the_kind() {
        Map<RecordKind, AggregateStore<?, ?>> records = new EnumMap<>(fake.records());
        records.remove(RecordKind.VISIT);

        assertThatThrownBy(() -> new Storage(records, fake.revisions(), fake.receipts(), fake.transactions()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the store has no port for the records of kind 'visit' (RecordKind.VISIT): every kind "
                        + "needs one");
    }

    @Test
    void each_kind_is_asked_for_its_port_once_and_answers_it_typed() {
        Map<RecordKind, Integer> asked = new EnumMap<>(RecordKind.class);
        Storage built = Storage.of(kind -> {
            asked.merge(kind, 1, Integer::sum);
            return fake.of(kind);
        }, fake.revisions(), fake.receipts(), fake.transactions());

        assertThat(asked).hasSize(RecordKind.values().length).allSatisfy((kind, times) -> assertThat(times).isOne());
        assertThat(built.meetings()).isSameAs(fake.of(RecordKind.MEETING));
        assertThat(built.of(RecordKind.SOURCE)).isSameAs(fake.sources());
    }

    @Test
    void a_port_of_the_wrong_kind_is_refused_when_its_kind_is_asked_for() {
        Storage crossed = fake.with(RecordKind.MEETING, fake.persons());

        assertThatThrownBy(crossed::meetings).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("port for the records of kind 'meeting'").hasMessageContaining("not Meetings");
    }

    @Test
    void with_replaces_one_port_and_keeps_the_others() {
        Persons other = FakeStorage.create().persons();
        Storage replaced = fake.with(RecordKind.PERSON, other);

        assertThat(replaced.persons()).isSameAs(other);
        assertThat(replaced.records()).hasSameSizeAs(fake.records())
                .allSatisfy((kind, port) -> assertThat(port).isSameAs(kind == RecordKind.PERSON ? other : fake.of(kind)));
        assertThat(replaced.revisions()).isSameAs(fake.revisions());
    }
}
