package org.entente.storage.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.entente.application.criteria.PersonCriteria;
import org.entente.application.page.Keyset;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Storage;
import org.entente.application.receipt.Receipt;
import org.entente.domain.common.DomainException;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.storage.contract.SampleRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What PostgreSQL cannot hold, refused before it is written with a rule that says so (U+0000 in a text; a text
 * longer than an index entry may be), and cursors that hold U+0000 read the page they stand for.
 */
class PostgresLimitsTest {
    private Storage storage;

    @BeforeEach
    void empty() {
        storage = ContractDatabase.emptied();
    }

    @Test
    void aTextHoldingUPlus0000IsRefusedAndNothingWritten() {
        Meeting meeting = SampleRecords.meeting(new MeetingId("nul"), 1);
        assertThatThrownBy(() -> storage.meetings().save(meeting.retitle("Hội đàm\u0000")))
                .isInstanceOf(DomainException.class)
                .hasMessage("meeting nul: title holds the character U+0000, which PostgreSQL cannot store; remove it")
                .extracting(e -> ((DomainException) e).rule()).isEqualTo("TEXT_UNSTORABLE");
        assertThatThrownBy(() -> storage.receipts().claim(Receipt.claim("key\u0000", "recordMeeting", "f")))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).rule())
                .isEqualTo("TEXT_UNSTORABLE");
        assertThat(storage.meetings().count()).isZero();
        assertThat(storage.receipts().find("key\u0000")).isEmpty();
    }

    @Test
    void aNameLongerThanAnIndexEntryIsRefusedAndOneJustShorterStored() {
        Random random = new Random(7);
        StringBuilder name = new StringBuilder();
        while (name.length() < IndexedText.MAX_BYTES) {
            // letters that fold to themselves and do not compress: the worst case for an index entry
            name.append((char) ('a' + random.nextInt(26)));
        }
        Person stored = storage.persons().save(person("just-short", name.toString()));
        assertThat(storage.persons().page(new PersonCriteria(name.substring(0, 1500), null), PageRequest.first(5))
                .items()).containsExactly(stored);

        assertThatThrownBy(() -> storage.persons().save(person("too-long", name + "z")))
                .isInstanceOf(DomainException.class)
                .hasMessage("the folded name of person too-long is longer than the 2000 bytes (UTF-8) PostgreSQL "
                        + "can index; shorten it")
                .extracting(e -> ((DomainException) e).rule()).isEqualTo("TEXT_TOO_LONG_TO_INDEX");
        assertThatThrownBy(() -> storage.receipts().claim(Receipt.claim(name + "z", "recordMeeting", "f")))
                .extracting(e -> ((DomainException) e).rule()).isEqualTo("TEXT_TOO_LONG_TO_INDEX");
        assertThat(storage.persons().count()).isEqualTo(1);
    }

    @Test
    void aQueryLongerThanWhatTheIndexHoldsOfANameIsCheckedWhole() {
        Person long1 = storage.persons().save(person("long-1", "Tôn Nữ Thị Ngọc Diệp Phương Thảo Hoàng Lan"));
        Person long2 = storage.persons().save(person("long-2", "Tôn Nữ Thị Ngọc Diệp Phương Thảo Hoàng Anh"));
        String shared = "ton nu thi ngoc diep phuong thao hoang";
        assertThat(shared.length()).isGreaterThan(PostgresPersons.INDEXED_START);
        assertThat(found(shared)).containsExactly(long2, long1);
        assertThat(found(shared + " l")).containsExactly(long1);
        assertThat(found("nu thi ngoc diep phuong thao hoang anh")).containsExactly(long2);
        assertThat(found(shared + " b")).isEmpty();
        assertThat(found("thi ngoc diep phuong thao hoang lan x")).isEmpty();
        assertThat(storage.persons().count(new PersonCriteria(shared + " lan", null))).isEqualTo(1);
    }

    @Test
    void aCursorHoldingUPlus0000ReadsThePageItStandsFor() {
        List<Person> persons = List.of(person("p1", "An"), person("p2", "An"), person("p3", "Anh"), person("p4", "B"))
                .stream().map(storage.persons()::save).toList();
        // ("an", "p1\0…") lies between ("an", "p1") and ("an", "p2"); ("an\0…", …) between every "an" and "anh"
        assertThat(storage.persons().page(PersonCriteria.ALL, PageRequest.firstAfter(10, new Keyset("an", "p1\u0000x")))
                .items()).containsExactly(persons.get(1), persons.get(2), persons.get(3));
        assertThat(storage.persons().page(PersonCriteria.ALL, PageRequest.lastBefore(10, new Keyset("an", "p1\u0000x")))
                .items()).containsExactly(persons.get(0));
        assertThat(storage.persons().page(PersonCriteria.ALL, PageRequest.firstAfter(10, new Keyset("an\u0000", "a")))
                .items()).containsExactly(persons.get(2), persons.get(3));
        assertThat(storage.persons().page(PersonCriteria.ALL, PageRequest.lastBefore(10, new Keyset("an\u0000", "a")))
                .items()).containsExactly(persons.get(0), persons.get(1));
        assertThat(storage.persons().pageById(PageRequest.firstAfter(10, new Keyset("p2\u0000", "p2")))
                .items()).containsExactly(persons.get(2), persons.get(3));
        assertThat(storage.persons().pageById(PageRequest.lastBefore(10, new Keyset("p2\u0000", "p2")))
                .items()).containsExactly(persons.get(0), persons.get(1));
    }

    private List<Person> found(String name) {
        return storage.persons().page(new PersonCriteria(name, null), PageRequest.first(10)).items();
    }

    private static Person person(String id, String name) {
        return new Person(new PersonId(id), name, List.of(), SampleRecords.VN, List.of(), List.of(), null, 0);
    }
}
