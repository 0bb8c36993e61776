package org.entente.graphql.curation;

import org.entente.application.port.in.CurateAgreements;
import org.entente.application.port.in.CurateOnce;
import org.entente.application.port.in.CurateRelations;
import org.entente.graphql.curation.Payloads.InstrumentPayload;
import org.entente.graphql.curation.Payloads.InvitationPayload;
import org.entente.graphql.curation.Payloads.MechanismPayload;
import org.entente.graphql.curation.Payloads.RelationPayload;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The mutations of what meetings produce: instruments, invitations, elevated partnerships, upgraded mechanisms. */
@Controller
public class AgreementCuration {
    private final CurateOnce once;
    private final CurateAgreements agreements;
    private final CurateRelations relations;

    public AgreementCuration(CurateOnce once, CurateAgreements agreements, CurateRelations relations) {
        this.once = once;
        this.agreements = agreements;
        this.relations = relations;
    }

    @MutationMapping
    public InstrumentPayload recordInstrument(@Argument Inputs.RecordInstrumentInput input) {
        InputTrail trail = new InputTrail();
        return InstrumentPayload.of(Outcome.attempt(trail, () -> AgreementCommands.instrument(input, trail),
                c -> once.recordInstrument(input.idempotencyKey(), c)));
    }

    @MutationMapping
    public InvitationPayload extendInvitation(@Argument Inputs.ExtendInvitationInput input) {
        InputTrail trail = new InputTrail();
        return InvitationPayload.of(Outcome.attempt(trail, () -> AgreementCommands.invitation(input, trail),
                c -> once.extendInvitation(input.idempotencyKey(), c)));
    }

    @MutationMapping
    public RelationPayload elevatePartnership(@Argument Inputs.ElevatePartnershipInput input) {
        InputTrail trail = new InputTrail();
        return RelationPayload.of(Outcome.attempt(trail, () -> AgreementCommands.elevation(input, trail),
                relations::elevatePartnership));
    }

    @MutationMapping
    public MechanismPayload upgradeMechanism(@Argument Inputs.UpgradeMechanismInput input) {
        InputTrail trail = new InputTrail();
        return MechanismPayload.of(Outcome.attempt(trail, () -> AgreementCommands.upgrade(input, trail),
                agreements::upgradeMechanism));
    }
}
