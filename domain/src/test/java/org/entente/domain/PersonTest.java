package org.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.person.NameKey;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Post;
import org.junit.jupiter.api.Test;

class PersonTest {
    private final Person vu = new Person(new PersonId("nguyen-minh-vu"), "Nguyễn Minh Vũ", List.of("Vũ"), Samples.VN,
            List.of(new Post("Permanent Deputy Minister of Foreign Affairs", null, null, null, List.of()),
                    new Post("Standing Deputy Minister of Foreign Affairs", null, PartialDate.parse("2025-12"), null, List.of())),
            List.of(), null, 0);

    @Test
    void names_fold_without_case_or_diacritics() {
        assertThat(NameKey.fold("Nguyễn Minh Vũ")).isEqualTo("nguyen minh vu");
        assertThat(NameKey.fold("Đặng  Hoàng-Giang")).isEqualTo("dang hoang giang");
        assertThat(NameKey.fold("đ")).isEqualTo("d");
    }

    @Test
    void answers_to_any_name_typed_without_diacritics() {
        assertThat(vu.answersTo("nguyen minh vu")).isTrue();
        assertThat(vu.answersTo("MINH VU")).isTrue();
        assertThat(vu.answersTo("vu")).isTrue();
        assertThat(vu.answersTo("inh")).isFalse();
        assertThat(vu.answersTo("Takebe")).isFalse();
    }

    @Test
    void posts_held_on_a_date_leave_unknown_bounds_open() {
        assertThat(vu.postsHeldOn(PartialDate.parse("2024-12"))).extracting(Post::title)
                .containsExactly("Permanent Deputy Minister of Foreign Affairs");
        assertThat(vu.postsHeldOn(PartialDate.parse("2025-12-04"))).hasSize(2);
        assertThat(vu.postsHeldOn(null)).hasSize(2);
    }

    @Test
    void the_post_as_reported_is_the_one_held_that_day_titled_as_the_source_has_it_else_the_first() {
        PartialDate both = PartialDate.parse("2025-12-04");
        assertThat(vu.postAsReported(both, "standing deputy minister of foreign affairs").title())
                .isEqualTo("Standing Deputy Minister of Foreign Affairs");
        assertThat(vu.postAsReported(both, "Deputy Minister")).extracting(Post::title)
                .isEqualTo("Permanent Deputy Minister of Foreign Affairs");
        assertThat(vu.postAsReported(PartialDate.parse("2024-12"), "Standing Deputy Minister of Foreign Affairs"))
                .extracting(Post::title).isEqualTo("Permanent Deputy Minister of Foreign Affairs");
        assertThat(new Person(new PersonId("nobody"), "Nobody", List.of(), Samples.VN, List.of(), List.of(), null, 0)
                .postAsReported(both, null)).isNull();
    }

    @Test
    void refuses_a_post_that_ends_before_it_starts() {
        assertThatThrownBy(() -> new Post("Minister", null, PartialDate.parse("2025"), PartialDate.parse("2024"), List.of()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("POST_PERIOD_INVALID"));
    }

    @Test
    void the_printed_name_is_not_repeated_among_other_names() {
        Person p = vu.alsoKnownAs("Nguyễn Minh Vũ").alsoKnownAs("Nguyen Minh Vu");
        assertThat(p.otherNames()).containsExactly("Vũ", "Nguyen Minh Vu");
    }
}
