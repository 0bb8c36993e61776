package org.entente.graphql.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.application.page.Keyset;
import org.entente.application.page.PageRequest;
import org.entente.graphql.error.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class ListingTest {
    private final Listing<String> letters = new Listing<>("letter", s -> new Keyset(s, s));

    @Test
    void a_page_is_20_first_items_unless_said() {
        assertThat(letters.request(null, null, null, null)).isEqualTo(PageRequest.first(20));
        assertThat(letters.request(100, null, null, null).size()).isEqualTo(100);
        assertThat(letters.request(null, null, 7, null)).isEqualTo(new PageRequest(7, null, null, true));
    }

    @Test
    void over_100_or_below_0_is_refused_not_capped() {
        assertThatThrownBy(() -> letters.request(101, null, null, null)).isInstanceOfSatisfying(
                InvalidArgumentException.class, e -> assertThat(e.argument()).isEqualTo("first"));
        assertThatThrownBy(() -> letters.request(-1, null, null, null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> letters.request(null, null, 101, null)).isInstanceOfSatisfying(
                InvalidArgumentException.class, e -> assertThat(e.argument()).isEqualTo("last"));
    }

    @Test
    void a_page_of_none_is_refused_as_it_could_never_move_on() {
        assertThatThrownBy(() -> letters.request(0, null, null, null)).isInstanceOfSatisfying(
                InvalidArgumentException.class, e -> {
                    assertThat(e.argument()).isEqualTo("first");
                    assertThat(e.rule()).isEqualTo("PAGE_SIZE_INVALID");
                    assertThat(e.getMessage()).contains("1 to 100", "asked for 0", "totalCount with first: 1");
                });
        assertThatThrownBy(() -> letters.request(null, null, 0, null)).isInstanceOfSatisfying(
                InvalidArgumentException.class, e -> assertThat(e.argument()).isEqualTo("last"));
        assertThat(letters.request(1, null, null, null).size()).isEqualTo(1);
    }

    @Test
    void a_cursor_reads_back_as_the_keyset_it_was_made_from() {
        Connection<String> page = letters.slice(List.of("c", "a", "b", "d"), PageRequest.first(2));
        assertThat(page.nodes()).containsExactly("a", "b");
        assertThat(page.counted().join()).isEqualTo(4);
        PageRequest next = letters.request(2, page.pageInfo().endCursor(), null, null);
        assertThat(next.after()).isEqualTo(new Keyset("b", "b"));
        assertThat(letters.slice(List.of("c", "a", "b", "d"), next).nodes()).containsExactly("c", "d");
    }

    @Test
    void a_sort_key_may_hold_any_character() {
        Listing<String> odd = new Listing<>("odd", s -> new Keyset("x:1:" + s, "id:" + s));
        String cursor = odd.slice(List.of("é|ü"), PageRequest.first(1)).pageInfo().endCursor();
        assertThat(odd.request(1, cursor, null, null).after()).isEqualTo(new Keyset("x:1:é|ü", "id:é|ü"));
    }

    @Test
    void a_total_is_counted_only_when_asked_and_once() {
        int[] counted = {0};
        Connection<String> page = letters.connection(new org.entente.application.page.Page<>(List.of("a"), false, false),
                () -> ++counted[0]);
        assertThat(counted[0]).isZero();
        assertThat(page.counted().join()).isEqualTo(1);
        assertThat(page.counted().join()).isEqualTo(1);
        assertThat(counted[0]).isEqualTo(1);
    }
}
