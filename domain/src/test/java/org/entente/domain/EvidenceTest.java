package org.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.domain.common.DomainException;
import org.entente.domain.source.Evidence;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void a_quote_found_verbatim_carries_its_offsets() {
        Evidence evidence = Samples.SOURCE.quote("on November 27 upgraded");
        assertThat(evidence.offset()).isEqualTo(Samples.SOURCE.text().indexOf("on November 27"));
        assertThat(evidence.end()).isEqualTo(evidence.offset() + "on November 27 upgraded".length());
        assertThat(Samples.SOURCE.attests(evidence)).isTrue();
    }

    @Test
    void refuses_a_quote_that_is_not_verbatim_in_its_source() {
        assertThatThrownBy(() -> Samples.SOURCE.quote("on 27 November upgraded"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("QUOTE_NOT_IN_SOURCE"))
                .hasMessageContaining("s1");
    }

    @Test
    void an_inference_says_why() {
        Evidence inferred = Samples.SOURCE.inferFrom("on November 27", "the year follows from the 50th anniversary");
        assertThat(inferred.inferred()).isTrue();
        assertThatThrownBy(() -> new Evidence(Samples.SOURCE.id(), "on November 27", 0, true, " "))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("INFERENCE_NEEDS_NOTE"));
    }

    @Test
    void evidence_at_a_wrong_offset_is_not_attested() {
        Evidence shifted = new Evidence(Samples.SOURCE.id(), "on November 27", 3, false, null);
        assertThat(Samples.SOURCE.attests(shifted)).isFalse();
    }
}
