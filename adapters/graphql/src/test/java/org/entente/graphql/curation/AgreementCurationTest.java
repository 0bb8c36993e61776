package org.entente.graphql.curation;

import static org.entente.graphql.curation.Given.refused;
import static org.entente.graphql.curation.Given.run;
import static org.entente.graphql.curation.Given.with;

import java.util.List;
import java.util.Map;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.graphql.fake.CurationWorld;
import org.entente.domain.common.RecordKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

@CurationTest
class AgreementCurationTest {
    @Autowired
    GraphQlTester graphQlTester;
    @Autowired
    CurationWorld world;

    private Map<String, Object> instrument(String meetingId) {
        return Map.of("localId", world.nextId("mou"), "meetingId", meetingId,
                "title", "Memorandum on search and rescue", "kind", "MOU", "status", "SIGNED",
                "signatories", List.of(Map.of("personId", Given.VU, "country", "VN")),
                "witnessIds", List.of(Given.FUNAKOSHI),
                "evidence", List.of(Given.quote("signed a memorandum on search and rescue")));
    }

    @Test
    void an_instrument_is_concluded_at_its_meeting_by_those_who_attended() {
        String meeting = Given.recordedMeeting(graphQlTester, world.nextId("talks"));
        run(graphQlTester, "record-instrument", instrument(meeting))
                .path("recordInstrument.userErrors").entityList(Object.class).hasSize(0)
                .path("recordInstrument.instrument.version").entity(Integer.class).isEqualTo(1)
                .path("recordInstrument.instrument.signedOn").entity(String.class).isEqualTo("2024-12-12")
                .path("recordInstrument.instrument.signatories[0].person.name").entity(String.class)
                .isEqualTo("Nguyễn Minh Vũ")
                .path("recordInstrument.instrument.meeting.id").entity(String.class).isEqualTo(meeting);
    }

    @Test
    void a_signatory_or_witness_who_did_not_attend_is_named() {
        String meeting = Given.recordedMeeting(graphQlTester, world.nextId("talks"));
        refused(graphQlTester, "record-instrument", with(instrument(meeting), "signatories",
                List.of(Map.of("personId", Given.VU, "country", "VN"), Map.of("personId", Given.KAMIKAWA, "country", "JP"))),
                "SIGNATORY_DID_NOT_ATTEND", "input", "signatories", "1", "personId")
                .path("recordInstrument.instrument").valueIsNull();
        refused(graphQlTester, "record-instrument", with(instrument(meeting), "witnessIds", List.of(Given.KAMIKAWA)),
                "WITNESS_DID_NOT_ATTEND", "input", "witnessIds", "0");
        refused(graphQlTester, "record-instrument",
                with(instrument(meeting), "meetingId", Given.meetingId("no-meeting")),
                "NOT_FOUND", "input", "meetingId");
    }

    @Test
    void an_invitation_is_conveyed_by_an_attendee_to_another_person() {
        String meeting = Given.recordedMeeting(graphQlTester, world.nextId("talks"));
        Map<String, Object> invitation = Map.of("localId", world.nextId("invitation"), "inviterId", Given.VU,
                "inviteeId", Given.FUNAKOSHI, "purpose", "visit Hà Nội", "conveyedById", Given.VU,
                "extendedAtId", meeting, "evidence", List.of(Given.quote("Mr Vũ invited Mr Funakoshi")));
        run(graphQlTester, "extend-invitation", invitation)
                .path("extendInvitation.userErrors").entityList(Object.class).hasSize(0)
                .path("extendInvitation.invitation.status").entity(String.class).isEqualTo("EXTENDED")
                .path("extendInvitation.invitation.invitee.name").entity(String.class).isEqualTo("Funakoshi Takehiro");
        refused(graphQlTester, "extend-invitation", with(with(invitation, "localId", world.nextId("invitation")),
                "conveyedById", Given.KAMIKAWA), "CONVEYER_DID_NOT_ATTEND", "input", "conveyedById");
        refused(graphQlTester, "extend-invitation", with(with(invitation, "localId", world.nextId("invitation")),
                "inviteeId", Given.VU), "INVITATION_TO_ONESELF", "input", "inviteeId");
    }

    @Test
    void a_partnership_is_elevated_from_its_stored_version_and_never_into_an_overlap() {
        long version = graphQlTester.documentName("relation-version").variable("id", Given.RELATION).execute()
                .path("node.version").entity(Long.class).get();
        Map<String, Object> elevation = Map.of("relationId", Given.RELATION, "expectedVersion", version,
                "level", "Comprehensive Strategic Partnership", "since", "2023-11-27",
                "evidence", List.of(Given.quote("strategic partnership dialogue")));
        run(graphQlTester, "elevate-partnership", with(elevation, "expectedVersion", version + 7))
                .path("elevatePartnership.userErrors[0].code").entity(String.class).isEqualTo("STALE_VERSION");
        run(graphQlTester, "elevate-partnership", elevation)
                .path("elevatePartnership.userErrors").entityList(Object.class).hasSize(0)
                .path("elevatePartnership.relation.currentLevel.name").entity(String.class)
                .isEqualTo("Comprehensive Strategic Partnership");
        refused(graphQlTester, "elevate-partnership", with(with(elevation, "expectedVersion", version + 1),
                "since", "2020"), "LEVEL_PERIODS_OVERLAP", "input", "since")
                .path("elevatePartnership.relation").valueIsNull();
    }

    @Test
    void a_mechanism_is_upgraded_from_its_stored_version_never_before_the_last_session() {
        String predecessor = mechanism();
        String successor = mechanism();
        Map<String, Object> upgrade = Map.of("predecessorId", predecessor, "successorId", successor,
                "expectedVersion", 1, "on", "2025-12", "evidence", List.of(Given.quote("strategic partnership dialogue")));
        refused(graphQlTester, "upgrade-mechanism", with(upgrade, "expectedVersion", 2),
                "STALE_VERSION", "input", "expectedVersion");
        run(graphQlTester, "upgrade-mechanism", with(upgrade, "predecessorId", successor))
                .path("upgradeMechanism.userErrors[0].code").entity(String.class).isEqualTo("UPGRADE_FROM_ITSELF");
        run(graphQlTester, "upgrade-mechanism", upgrade)
                .path("upgradeMechanism.userErrors").entityList(Object.class).hasSize(0)
                .path("upgradeMechanism.mechanism.predecessor.id").entity(String.class).isEqualTo(predecessor)
                .path("upgradeMechanism.mechanism.version").entity(Integer.class).isEqualTo(2);
        String late = mechanism();
        run(graphQlTester, "upgrade-mechanism", with(with(upgrade, "successorId", late), "predecessorId", Given.DIALOGUE))
                .path("upgradeMechanism.userErrors").entityList(Object.class).hasSize(0);
        Map<String, Object> session = with(with(Given.meeting(world.nextId("spd")), "mechanismId", predecessor),
                "sessionNumber", 1);
        run(graphQlTester, "record-meeting", with(session, "startDate", "2026-03"));
        String next = mechanism();
        refused(graphQlTester, "upgrade-mechanism", with(with(upgrade, "successorId", next), "on", "2026-01"),
                "UPGRADE_BEFORE_LAST_SESSION", "input", "on");
    }

    /** A mechanism of the world's relation, stored directly: no mutation establishes one. */
    private String mechanism() {
        MechanismId id = new MechanismId(world.nextId("mechanism"));
        world.storage.mechanisms().save(DialogueMechanism.established(id, CurationWorld.RELATION, "Dialogue " + id.value(),
                null, List.of()));
        return Given.id(RecordKind.MECHANISM, id);
    }
}
