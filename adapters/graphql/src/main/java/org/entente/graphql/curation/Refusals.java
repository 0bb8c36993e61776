package org.entente.graphql.curation;

import java.util.List;
import java.util.Map;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.RecordRefusal;
import org.entente.domain.common.RulesBroken;
import org.entente.domain.common.StaleVersionException;
import org.entente.domain.source.QuoteNotInSourceException;

/**
 * Turns a rule the core reports broken into a user error naming the input field at fault. A refusal that names a
 * record or a quote (an unknown id, a quote not in its source, a signatory who did not attend) points at the
 * input field that named it, as the {@link InputTrail} noted; any other rule at the field this table or the
 * mutation says it is about, the same name in every mutation that has the field. A stale version in a mutation
 * without {@code expectedVersion} (a merge) points at the id that named the record changed meanwhile, if one did.
 */
public final class Refusals {
    private static final Map<String, List<String>> USUAL_FIELD = Map.ofEntries(
            Map.entry("STALE_VERSION", InputTrail.at("expectedVersion")),
            Map.entry("EXPECTED_VERSION_INVALID", InputTrail.at("expectedVersion")),
            Map.entry("ID_TAKEN", InputTrail.at("localId")),
            Map.entry("IDEMPOTENCY_KEY_REUSED", InputTrail.at("idempotencyKey")),
            Map.entry("IDEMPOTENCY_KEY_PENDING", InputTrail.at("idempotencyKey")),
            Map.entry("EVIDENCE_REQUIRED", InputTrail.at("evidence")),
            Map.entry("SOURCE_LANGUAGE_INVALID", InputTrail.at("language")),
            Map.entry("MEETING_ENDS_BEFORE_START", InputTrail.at("endDate")),
            Map.entry("EVENT_ENDS_BEFORE_START", InputTrail.at("endDate")),
            Map.entry("EVENT_END_WITHOUT_START", InputTrail.at("startDate")),
            Map.entry("SESSION_NUMBER_TAKEN", InputTrail.at("sessionNumber")),
            Map.entry("SESSION_NUMBER_INVALID", InputTrail.at("sessionNumber")),
            Map.entry("MECHANISM_OF_ANOTHER_RELATION", InputTrail.at("mechanismId")),
            Map.entry("ATTENDANCE_NOT_FOUND", InputTrail.at("attendanceKey")),
            Map.entry("ATTENDANCE_DUPLICATE", InputTrail.at("attendances")),
            Map.entry("ATTENDANCE_KEY_DUPLICATE", InputTrail.at("attendances")),
            Map.entry("ATTENDANCE_ANONYMOUS", InputTrail.at("attendances")),
            Map.entry("ATTENDANCE_WITHOUT_ROLE", InputTrail.at("attendances")),
            Map.entry("COMMITMENT_KEY_DUPLICATE", InputTrail.at("key")),
            Map.entry("COMMITMENT_WITHOUT_SIDE", InputTrail.at("sides")),
            Map.entry("SIGNATORY_ANONYMOUS", InputTrail.at("signatories")),
            Map.entry("INVITATION_TO_ONESELF", InputTrail.at("inviteeId")),
            Map.entry("LEVEL_PERIODS_OVERLAP", InputTrail.at("since")),
            Map.entry("MEETING_OF_ANOTHER_RELATION", InputTrail.at("announcedAtId")),
            Map.entry("UPGRADE_ACROSS_RELATIONS", InputTrail.at("predecessorId")),
            Map.entry("UPGRADE_FROM_ITSELF", InputTrail.at("predecessorId")),
            Map.entry("UPGRADE_ALREADY_RECORDED", InputTrail.at("successorId")),
            Map.entry("UPGRADE_BEFORE_LAST_SESSION", InputTrail.at("on")),
            Map.entry("POST_PERIOD_INVALID", InputTrail.at("posts")));

    /** The list field a person must be named in for each did-not-attend rule. */
    private static final Map<String, String> ATTENDEE_FIELD = Map.of(
            "SIGNATORY_DID_NOT_ATTEND", "signatories",
            "WITNESS_DID_NOT_ATTEND", "witnessIds",
            "CONVEYER_DID_NOT_ATTEND", "conveyedById");

    private Refusals() {
    }

    /** The user errors of {@code refusal}: one for each rule it reports broken. */
    public static List<UserError> of(RuntimeException refusal, InputTrail trail) {
        if (refusal instanceof InputTrail.Misread misread) {
            DomainException e = misread.refusal();
            return List.of(new UserError(misread.path(), e.getMessage(), UserErrorCode.of(e.rule())));
        }
        if (refusal instanceof RulesBroken many) {
            return many.broken().stream().flatMap(e -> of(e, trail).stream()).toList();
        }
        DomainException e = (DomainException) refusal;
        return List.of(new UserError(fieldOf(e, trail), e.getMessage(), UserErrorCode.of(e.rule())));
    }

    private static List<String> fieldOf(DomainException e, InputTrail trail) {
        List<String> field = null;
        // A stale version points at the id that named the record only where the mutation blames that id (a merge).
        boolean staleAtVersion = e instanceof StaleVersionException && trail.blamed(e.rule()) == null;
        if (e instanceof QuoteNotInSourceException quote) {
            field = trail.citationOf(quote.source(), quote.quote());
        } else if (e instanceof RecordRefusal named && !staleAtVersion) {
            field = trail.referenceTo(named.kind(), named.id(), ATTENDEE_FIELD.get(e.rule()));
        }
        if (field == null) {
            field = trail.blamed(e.rule());
        }
        return field != null ? field : USUAL_FIELD.get(e.rule());
    }
}
