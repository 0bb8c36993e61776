package org.entente.graphql.curation;

/**
 * The rules a mutation can report broken, named as the model names them, so that a client can branch on them.
 * A rule of the model not listed here is reported as {@link #INVALID}, with the model's message.
 */
public enum UserErrorCode {
    STALE_VERSION,
    EXPECTED_VERSION_INVALID,
    NOT_FOUND,
    ID_TAKEN,
    ID_MALFORMED,
    IDEMPOTENCY_KEY_REUSED,
    IDEMPOTENCY_KEY_PENDING,
    REQUIRED,
    NOTHING_TO_UPDATE,
    COUNTRY_UNKNOWN,
    QUOTE_NOT_IN_SOURCE,
    INFERENCE_NEEDS_NOTE,
    EVIDENCE_REQUIRED,
    SOURCE_LANGUAGE_INVALID,
    MEETING_ENDS_BEFORE_START,
    MECHANISM_OF_ANOTHER_RELATION,
    SESSION_NUMBER_TAKEN,
    SESSION_NUMBER_INVALID,
    ATTENDANCE_ANONYMOUS,
    ATTENDANCE_WITHOUT_ROLE,
    ATTENDANCE_DUPLICATE,
    ATTENDANCE_KEY_DUPLICATE,
    ATTENDANCE_NOT_FOUND,
    COMMITMENT_KEY_DUPLICATE,
    COMMITMENT_WITHOUT_SIDE,
    SIGNATORY_ANONYMOUS,
    SIGNATORY_DID_NOT_ATTEND,
    WITNESS_DID_NOT_ATTEND,
    CONVEYER_DID_NOT_ATTEND,
    INVITATION_TO_ONESELF,
    LEVEL_PERIODS_OVERLAP,
    MEETING_OF_ANOTHER_RELATION,
    UPGRADE_ACROSS_RELATIONS,
    UPGRADE_ALREADY_RECORDED,
    UPGRADE_BEFORE_LAST_SESSION,
    UPGRADE_FROM_ITSELF,
    EVENT_ENDS_BEFORE_START,
    EVENT_END_WITHOUT_START,
    POST_PERIOD_INVALID,
    PERSON_MERGED_WITH_ITSELF,
    PERSON_ALREADY_MERGED,
    PERSON_MERGED_AWAY,
    PERSONS_OF_DIFFERENT_COUNTRIES,
    MERGE_UNFINISHED,
    INVALID;

    /** The code of a rule of the model: its own name where listed, {@link #INVALID} otherwise. */
    public static UserErrorCode of(String rule) {
        for (UserErrorCode code : values()) {
            if (code.name().equals(rule)) {
                return code;
            }
        }
        return INVALID;
    }
}
