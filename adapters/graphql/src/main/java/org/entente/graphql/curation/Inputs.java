package org.entente.graphql.curation;

import java.util.List;
import org.entente.domain.event.EventKind;
import org.entente.domain.event.EventStatus;
import org.entente.domain.instrument.InstrumentKind;
import org.entente.domain.instrument.InstrumentStatus;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.CommitmentKind;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.graphql.scalar.DateInput;

/** The input types of the mutations, as a client wrote them; the {@code *Commands} classes read them into commands. */
public final class Inputs {
    private Inputs() {
    }

    public record EvidenceInput(String sourceId, String quote, Boolean inferred, String note) {
        /** Whether the fact follows from the quote rather than being stated by it; absent means no. */
        public boolean marksInference() {
            return Boolean.TRUE.equals(inferred);
        }
    }

    public record RegisterSourceInput(String localId, String publisher, String title, DateInput publishedOn,
                                      String language, String url, String text, String idempotencyKey) {
    }

    public record AttendanceInput(String key, String personId, String titleAsReported, String country,
                                  List<AttendanceRole> roles, List<EvidenceInput> evidence) {
    }

    public record RecordMeetingInput(String localId, String relationId, String title, MeetingKind kind,
                                     MeetingStatus status, DateInput startDate, DateInput endDate, String city,
                                     String country, String mechanismId, Integer sessionNumber, String visitId,
                                     List<String> areas, List<String> outcomes, List<AttendanceInput> attendances,
                                     List<EvidenceInput> evidence, String idempotencyKey) {
    }

    public record UpdateMeetingInput(String id, Long expectedVersion, String title, DateInput startDate,
                                     DateInput endDate, MeetingStatus status) {
    }

    public record AddAttendanceInput(String meetingId, Long expectedVersion, AttendanceInput attendance) {
    }

    public record RemoveAttendanceInput(String meetingId, Long expectedVersion, String attendanceKey) {
    }

    public record RecordCommitmentInput(String meetingId, Long expectedVersion, String key, String text,
                                        CommitmentKind kind, List<String> sides, List<String> areas,
                                        List<EvidenceInput> evidence, String idempotencyKey) {
    }

    public record PartyInput(String country, String organizationId) {
    }

    public record SignatoryInput(String personId, String titleAsReported, String country) {
    }

    public record RecordInstrumentInput(String localId, String meetingId, String title, InstrumentKind kind,
                                        Boolean binding, InstrumentStatus status, List<PartyInput> parties,
                                        List<SignatoryInput> signatories, List<String> witnessIds,
                                        List<String> areas, List<EvidenceInput> evidence, String idempotencyKey) {
    }

    public record ElevatePartnershipInput(String relationId, Long expectedVersion, String level, DateInput since,
                                          String announcedAtId, List<EvidenceInput> evidence) {
    }

    public record UpgradeMechanismInput(String predecessorId, String successorId, Long expectedVersion,
                                        DateInput on, List<EvidenceInput> evidence) {
    }

    public record ExtendInvitationInput(String localId, String inviterId, String inviteeId, String purpose,
                                        String conveyedById, String extendedAtId, List<EvidenceInput> evidence,
                                        String idempotencyKey) {
    }

    public record RecordEventInput(String localId, String relationId, String name, EventKind kind, String host,
                                   String hostOrganizationId, String city, DateInput startDate, DateInput endDate,
                                   EventStatus status, List<EvidenceInput> evidence, String idempotencyKey) {
    }

    public record PostInput(String title, String organizationId, DateInput since, DateInput until,
                            List<EvidenceInput> evidence) {
    }

    public record MergePersonsInput(String survivorId, String mergedId, List<EvidenceInput> evidence,
                                    String idempotencyKey) {
    }

    public record RegisterPersonInput(String localId, String name, List<String> otherNames, String country,
                                      List<PostInput> posts, List<EvidenceInput> evidence, String idempotencyKey) {
    }

}
