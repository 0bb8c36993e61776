package org.entente.application.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.RecordKind;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.junit.jupiter.api.Test;

class DataSetTest {
    private static final Source SOURCE = new Source(new SourceId("s1"), "VNA", null, null, "en", null, "Text.", 0);
    private static final BilateralRelation RELATION = BilateralRelation.between(new RelationId("jp-vn"),
            CountryPair.of("VN", "JP"));

    @Test
    void each_record_stands_among_those_of_its_kind_and_every_kind_has_a_list() {
        DataSet set = DataSet.of(List.of(RELATION, SOURCE));

        assertThat(set.records()).containsOnlyKeys(RecordKind.values());
        assertThat(set.sources()).containsExactly(SOURCE);
        assertThat(set.of(RecordKind.RELATION)).containsExactly(RELATION);
        assertThat(set.meetings()).isEmpty();
        assertThat(set.size()).isEqualTo(2);
    }

    @Test
    void a_record_among_another_kind_is_refused_naming_both() {
        Map<RecordKind, List<Aggregate<?, ?>>> misplaced = Map.of(RecordKind.MEETING, List.of(SOURCE));

        assertThatThrownBy(() -> new DataSet(misplaced)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the source s1 stands among the records of kind 'meeting'");
    }
}
