package org.entente.application.service;

import org.entente.domain.common.RecordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.entente.application.command.MergePersonsCommand;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.NotFoundException;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;

/**
 * Merges one person record into another: every record that names the merged person is made to name the survivor,
 * the survivor takes the merged person's names and posts, and the merged person is left as a tombstone pointing
 * at the survivor. Every change is worked out (and so checked by the model) before the first write.
 */
final class PersonMerge {
    static final String OPERATION = "mergePersons";

    private final Storage storage;
    private final Evidencing evidencing;
    private final Chronicle chronicle;

    PersonMerge(Storage storage, Evidencing evidencing, Chronicle chronicle) {
        this.storage = storage;
        this.evidencing = evidencing;
        this.chronicle = chronicle;
    }

    Person merge(MergePersonsCommand c) {
        Map<PersonId, Person> found = storage.persons().findAllById(List.of(c.survivor(), c.merged()));
        Person survivor = found.get(c.survivor());
        if (survivor == null) {
            throw new NotFoundException(RecordKind.PERSON, c.survivor().value());
        }
        Person merged = found.get(c.merged());
        if (merged == null) {
            throw new NotFoundException(RecordKind.PERSON, c.merged().value());
        }
        survivor.requireMergeable(merged);
        Person absorbed = survivor.absorb(merged, evidencing.cite(c.evidence()));
        PersonId from = merged.id();
        PersonId to = survivor.id();
        List<Move<?, ?>> moves = new ArrayList<>();
        moves.addAll(Move.all(storage.meetings(), attendedBy(from), m -> m.reattribute(from, to)));
        moves.addAll(Move.all(storage.instruments(), everyOf(storage.instruments()), i -> i.reattribute(from, to)));
        moves.addAll(Move.all(storage.invitations(), everyOf(storage.invitations()), i -> i.reattribute(from, to)));
        moves.addAll(Move.all(storage.visits(), everyOf(storage.visits()), v -> v.reattribute(from, to)));
        moves.addAll(Move.all(storage.persons(), everyOf(storage.persons()), p -> p.redirect(from, to)));

        // One unit: the references, the survivor and the tombstone (written last) are kept together or not at all.
        return chronicle.atomically(() -> {
            moves.forEach(move -> move.saveIn(chronicle));
            Person saved = absorbed.equals(survivor) ? survivor
                    : chronicle.save(storage.persons(), survivor, absorbed, OPERATION);
            int attendancesLeft = (int) storage.meetings().count(MeetingCriteria.attendedBy(from));
            chronicle.save(storage.persons(), merged, merged.mergeInto(saved, attendancesLeft), OPERATION);
            return saved;
        });
    }

    /** Every meeting the person attended, page by page. */
    private List<Meeting> attendedBy(PersonId person) {
        MeetingCriteria criteria = MeetingCriteria.attendedBy(person);
        List<Meeting> all = new ArrayList<>();
        Page<Meeting> page;
        Keyset after = null;
        do {
            page = storage.meetings().page(criteria, PageRequest.firstAfter(PageRequest.MAX_SIZE, after));
            all.addAll(page.items());
            if (!page.items().isEmpty()) {
                after = MeetingCriteria.keyOf(page.items().get(page.items().size() - 1));
            }
        } while (page.hasNext());
        return all;
    }

    /** Every stored aggregate, read page by page in id order: a merge is rare enough to read them all. */
    private static <I extends AggregateId, A extends Aggregate<I, A>> List<A> everyOf(AggregateStore<I, A> store) {
        List<A> all = new ArrayList<>();
        Keyset after = null;
        Page<A> page;
        do {
            page = store.pageById(PageRequest.firstAfter(PageRequest.MAX_SIZE, after));
            all.addAll(page.items());
            if (!page.items().isEmpty()) {
                String last = page.items().get(page.items().size() - 1).id().value();
                after = new Keyset(last, last);
            }
        } while (page.hasNext());
        return all;
    }

    /** One record that names the merged person, as read and as it will be. */
    private record Move<I extends AggregateId, A extends Aggregate<I, A>>(AggregateStore<I, A> store, A before,
                                                                          A after) {
        /** The moves of those {@code records} that {@code moving} changes. */
        static <I extends AggregateId, A extends Aggregate<I, A>> List<Move<I, A>> all(AggregateStore<I, A> store,
                                                                                     List<A> records,
                                                                                     UnaryOperator<A> moving) {
            List<Move<I, A>> moves = new ArrayList<>();
            for (A record : records) {
                A moved = moving.apply(record);
                if (!moved.equals(record)) {
                    moves.add(new Move<>(store, record, moved));
                }
            }
            return moves;
        }

        void saveIn(Chronicle chronicle) {
            chronicle.save(store, before, after, OPERATION);
        }
    }
}
