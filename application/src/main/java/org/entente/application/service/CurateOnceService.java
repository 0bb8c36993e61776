package org.entente.application.service;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.entente.application.command.ExtendInvitationCommand;
import org.entente.application.command.MergePersonsCommand;
import org.entente.application.command.RecordCommitmentCommand;
import org.entente.application.command.RecordEventCommand;
import org.entente.application.command.RecordInstrumentCommand;
import org.entente.application.command.RecordMeetingCommand;
import org.entente.application.command.RegisterPersonCommand;
import org.entente.application.command.RegisterSourceCommand;
import org.entente.application.port.in.CurateAgreements;
import org.entente.application.port.in.CurateDirectory;
import org.entente.application.port.in.CurateMeetings;
import org.entente.application.port.in.CurateOnce;
import org.entente.application.port.in.CurateSources;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Receipts;
import org.entente.application.port.out.Storage;
import org.entente.application.receipt.Fingerprint;
import org.entente.application.receipt.Receipt;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.DomainException;
import org.entente.domain.event.Event;
import org.entente.domain.event.EventId;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.invitation.InvitationId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;

/**
 * The creating use cases behind a receipt: the key is claimed, the work done and the receipt settled in one unit
 * of work, so that of two requests racing with one key only one does the work, and a request that fails, or a
 * process that dies before the unit ends, leaves the key free for the same request again: nothing is created twice
 * and no key is left pending for good. A key seen pending belongs to a request still being carried out.
 */
public final class CurateOnceService implements CurateOnce {
    private final CurateSources sources;
    private final CurateMeetings meetings;
    private final CurateAgreements agreements;
    private final CurateDirectory directory;
    private final Storage storage;
    private final Receipts receipts;
    private final Chronicle chronicle;

    public CurateOnceService(CurateSources sources, CurateMeetings meetings, CurateAgreements agreements,
                             CurateDirectory directory, Storage storage, Chronicle chronicle) {
        this.sources = sources;
        this.meetings = meetings;
        this.agreements = agreements;
        this.directory = directory;
        this.storage = storage;
        this.receipts = storage.receipts();
        this.chronicle = chronicle;
    }

    @Override
    public Source registerSource(String key, RegisterSourceCommand c) {
        return once(key, "registerSource", c, () -> sources.registerSource(c), storage.sources(), SourceId::new);
    }

    @Override
    public Meeting recordMeeting(String key, RecordMeetingCommand c) {
        return once(key, "recordMeeting", c, () -> meetings.recordMeeting(c), storage.meetings(), MeetingId::new);
    }

    @Override
    public Meeting recordCommitment(String key, RecordCommitmentCommand c) {
        return once(key, "recordCommitment", c, () -> meetings.recordCommitment(c), storage.meetings(), MeetingId::new);
    }

    @Override
    public Instrument recordInstrument(String key, RecordInstrumentCommand c) {
        return once(key, "recordInstrument", c, () -> agreements.recordInstrument(c), storage.instruments(),
                InstrumentId::new);
    }

    @Override
    public Invitation extendInvitation(String key, ExtendInvitationCommand c) {
        return once(key, "extendInvitation", c, () -> agreements.extendInvitation(c), storage.invitations(),
                InvitationId::new);
    }

    @Override
    public Event recordEvent(String key, RecordEventCommand c) {
        return once(key, "recordEvent", c, () -> directory.recordEvent(c), storage.events(), EventId::new);
    }

    @Override
    public Person registerPerson(String key, RegisterPersonCommand c) {
        return once(key, "registerPerson", c, () -> directory.registerPerson(c), storage.persons(), PersonId::new);
    }

    @Override
    public Person mergePersons(String key, MergePersonsCommand c) {
        return once(key, "mergePersons", c, () -> directory.mergePersons(c), storage.persons(), PersonId::new);
    }

    private <I extends AggregateId, A extends Aggregate<I, A>> A once(String key, String operation, Object command,
                                                                     Supplier<A> work, AggregateStore<I, A> store,
                                                                     Function<String, I> idOf) {
        if (key == null) {
            return chronicle.atomically(work);
        }
        String fingerprint = Fingerprint.of(command);
        return chronicle.atomically(() -> {
            Optional<Receipt> held = receipts.claim(Receipt.claim(key, operation, fingerprint));
            if (held.isPresent()) {
                return answerOf(held.get(), operation, fingerprint, store, idOf);
            }
            A result = work.get();
            receipts.settle(key, result.id().value());
            return result;
        });
    }

    private static <I extends AggregateId, A extends Aggregate<I, A>> A answerOf(Receipt receipt, String operation,
                                                                                String fingerprint,
                                                                                AggregateStore<I, A> store,
                                                                                Function<String, I> idOf) {
        if (!receipt.isFor(operation, fingerprint)) {
            throw new DomainException("IDEMPOTENCY_KEY_REUSED", "the idempotency key '" + receipt.key()
                    + "' was used for another request (" + receipt.operation() + "); use a new key for a new request");
        }
        if (!receipt.settled()) {
            throw new DomainException("IDEMPOTENCY_KEY_PENDING", "the request with the idempotency key '"
                    + receipt.key() + "' is still being carried out; ask again in a moment");
        }
        return store.findById(idOf.apply(receipt.resultId())).orElseThrow(() -> new IllegalStateException(
                "receipt " + receipt.key() + " names " + receipt.resultId() + ", which is not stored"));
    }
}
