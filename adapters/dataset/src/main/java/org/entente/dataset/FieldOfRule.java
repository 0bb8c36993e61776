package org.entente.dataset;

import java.util.Map;

/**
 * Which field each rule of the model is about, relative to the record or nested value whose constructor enforces
 * it, so that a constructor's refusal is reported on that field rather than on the record as a whole.
 */
final class FieldOfRule {
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("EVENT_ENDS_BEFORE_START", "endDate"),
            Map.entry("EVENT_END_WITHOUT_START", "startDate"),
            Map.entry("VISIT_ENDS_BEFORE_START", "endDate"),
            Map.entry("MEETING_ENDS_BEFORE_START", "endDate"),
            Map.entry("ATTENDANCE_KEY_DUPLICATE", "attendances"),
            Map.entry("ATTENDANCE_DUPLICATE", "attendances"),
            Map.entry("COMMITMENT_KEY_DUPLICATE", "commitments"),
            Map.entry("ATTENDANCE_ANONYMOUS", "person"),
            Map.entry("ATTENDANCE_WITHOUT_ROLE", "roles"),
            Map.entry("COMMITMENT_WITHOUT_SIDE", "sides"),
            Map.entry("SIGNATORY_ANONYMOUS", "person"),
            Map.entry("SESSION_NUMBER_INVALID", "number"),
            Map.entry("POST_PERIOD_INVALID", "until"),
            Map.entry("LEVEL_PERIOD_EMPTY", "until"),
            Map.entry("LEVEL_PERIODS_OVERLAP", "levels"),
            Map.entry("RELATION_COUNTRIES_SAME", "countries"),
            Map.entry("RELATION_NEEDS_TWO_COUNTRIES", "countries"),
            Map.entry("UPGRADE_INCOMPLETE", "upgradedOn"),
            Map.entry("UPGRADE_FROM_ITSELF", "predecessor"),
            Map.entry("INSTRUMENT_WITHOUT_STATUS", "statusHistory"),
            Map.entry("INSTRUMENT_STATUS_AFTER_FINAL", "statusHistory"),
            Map.entry("INSTRUMENT_STATUS_HISTORY_UNORDERED", "statusHistory"),
            Map.entry("INVITATION_TO_ONESELF", "invitee"),
            Map.entry("INVITATION_FULFILMENT", "fulfilledBy"),
            Map.entry("INFERENCE_NEEDS_NOTE", "note"),
            Map.entry("QUOTE_NOT_IN_SOURCE", "quote"));

    private FieldOfRule() {
    }

    /** The field, or null for a rule about the record as a whole. */
    static String of(String rule) {
        return FIELDS.get(rule);
    }
}
