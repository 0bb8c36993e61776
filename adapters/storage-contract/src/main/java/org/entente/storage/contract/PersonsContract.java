package org.entente.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.application.criteria.PersonCriteria;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Persons;
import org.entente.domain.geo.Country;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Persons}: search by name ignoring case and diacritics ({@code nguyen minh vu} finds
 * {@code Nguyễn Minh Vũ}, {@code đ} and {@code Đ} fold to {@code d}), from the start of any word of any name,
 * in the order of {@link PersonCriteria#keyOf}. A tombstone (a person merged into another) is stored and loaded by id
 * like any person, keeps its {@code mergedInto}, and is in no listing, search or count.
 */
public abstract class PersonsContract extends AggregateStoreContract<PersonId, Person> {

    @Override
    protected final Persons store() {
        return storage.persons();
    }

    @Override
    protected final PersonId id(String value) {
        return new PersonId(value);
    }

    @Override
    protected final Person sample(PersonId id, int variant) {
        return SampleRecords.person(id, variant);
    }

    @Override
    protected final Person revised(Person p, String revision) {
        return p.alsoKnownAs(revision);
    }

    @Test
    public void aNameIsFoundIgnoringCaseAndDiacritics() {
        saveNamed("vu", "Nguyễn Minh Vũ", SampleRecords.VN);
        saveNamed("ha", "Đặng Thị Thu Hà", SampleRecords.VN, "Dang Thi Thu Ha");
        saveNamed("duc", "Nguyễn Văn Đức", SampleRecords.VN);
        saveNamed("dam", "Vũ Đức Đam", SampleRecords.VN);
        saveNamed("kishida", "Kishida Fumio", SampleRecords.JP, "岸田文雄");
        saveNamed("ono", "Ōno Keitarō", SampleRecords.JP);

        assertThat(found("nguyen minh vu", null)).containsExactly("vu");
        assertThat(found("NGUYỄN MINH VŨ", null)).containsExactly("vu");
        assertThat(found("nguyen", null)).containsExactly("vu", "duc");
        assertThat(found("minh vu", null)).containsExactly("vu");
        assertThat(found("vu", null)).containsExactly("vu", "dam");
        assertThat(found("dang", null)).containsExactly("ha");
        assertThat(found("Đặng", null)).containsExactly("ha");
        assertThat(found("đ", null)).containsExactly("ha", "duc", "dam");
        assertThat(found("ĐỨC", null)).containsExactly("duc", "dam");
        assertThat(found("岸田", null)).containsExactly("kishida");
        assertThat(found("ono keitaro", null)).containsExactly("ono");
        assertThat(found("o", SampleRecords.JP)).containsExactly("ono");
        assertThat(found("inh", null)).isEmpty();
        assertThat(found("vu minh", null)).isEmpty();
        assertThat(found("nguyen.*", null)).containsExactly("vu", "duc");
        assertThat(found("(", null)).hasSize(6);
        assertThat(store().count(new PersonCriteria("nguyễn", null))).isEqualTo(2);
    }

    @Test
    public void aPersonIsFoundByANameAddedLater() {
        Person vu = saveNamed("vu", "Nguyễn Minh Vũ", SampleRecords.VN);
        assertThat(found("vu nguyen", null)).isEmpty();

        store().save(vu.alsoKnownAs("Vu Nguyen"));

        assertThat(found("vu nguyen", null)).containsExactly("vu");
        assertThat(found("nguyen minh", null)).containsExactly("vu");
    }

    @Test
    public void listingsAgreeWithTheCriteria() {
        List<Person> all = saveSamples(120);
        List<PersonCriteria> criteria = List.of(PersonCriteria.ALL,
                new PersonCriteria("nguyen", null), new PersonCriteria("Nguyễn", SampleRecords.VN),
                new PersonCriteria(null, SampleRecords.JP), new PersonCriteria("minh", null),
                new PersonCriteria("đức", null), new PersonCriteria("kishida fumio", null),
                new PersonCriteria("fumio", SampleRecords.JP), new PersonCriteria("岸田", null),
                new PersonCriteria("ō", null), new PersonCriteria("zzz", null), new PersonCriteria(" - ", null));
        Pagination.assertEveryCriteriaAgrees(criteria, all, PersonCriteria::matches, PersonCriteria::keyOf,
                store(), 9);
    }

    @Test
    public void searchPagesNeitherSkipNorRepeatWhileOthersInsert() throws InterruptedException {
        PersonCriteria nguyen = new PersonCriteria("nguyen", null);
        assertWalksSurviveInserts(r -> store().page(nguyen, r), PersonCriteria::keyOf, nguyen::matches,
                WALK_POPULATION);
    }

    @Test
    public void aTombstoneLoadsByIdButIsInNoListingSearchOrCount() {
        Person vu = saveNamed("vu", "Nguyễn Minh Vũ", SampleRecords.VN);
        Person vuToo = saveNamed("vu-2", "Nguyen Minh Vu", SampleRecords.VN, "Minh Vũ");
        assertThat(found("minh vu", null)).containsExactly("vu", "vu-2");

        Person tombstone = store().save(vuToo.mergeInto(vu, 0));

        assertThat(store().findById(id("vu-2"))).contains(tombstone);
        assertThat(store().findAllById(List.of(id("vu-2"), id("vu")))).containsEntry(id("vu-2"), tombstone)
                .containsEntry(id("vu"), vu);
        assertThat(tombstone.mergedInto()).isEqualTo(id("vu"));
        assertThat(found("minh vu", null)).containsExactly("vu");
        assertThat(found(null, SampleRecords.VN)).containsExactly("vu");
        assertThat(found(null, null)).containsExactly("vu");
        assertThat(store().count()).isEqualTo(2);
        assertThat(store().pageById(PageRequest.first(10)).items()).extracting(p -> p.id().value())
                .containsExactly("vu", "vu-2");
    }

    private Person saveNamed(String id, String name, Country country, String... otherNames) {
        return store().save(new Person(id(id), name, List.of(otherNames), country, List.of(), List.of(), null, 0));
    }

    private List<String> found(String name, Country country) {
        PersonCriteria criteria = new PersonCriteria(name, country);
        List<String> ids = store().page(criteria, PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .map(p -> p.id().value()).toList();
        assertThat(store().count(criteria)).as("count of %s", criteria).isEqualTo(ids.size());
        return ids;
    }
}
