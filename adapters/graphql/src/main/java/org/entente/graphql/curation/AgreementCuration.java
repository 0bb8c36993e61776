package org.entente.graphql.curation;

import org.entente.application.port.in.CurateAgreements;
import org.entente.application.port.in.CurateOnce;
import org.entente.application.port.in.CurateRelations;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.relation.BilateralRelation;
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
    public Outcome<Instrument> recordInstrument(@Argument Inputs.RecordInstrumentInput input) {
        return Outcome.attempt(trail -> AgreementCommands.instrument(input, trail),
                c -> once.recordInstrument(input.idempotencyKey(), c));
    }

    @MutationMapping
    public Outcome<Invitation> extendInvitation(@Argument Inputs.ExtendInvitationInput input) {
        return Outcome.attempt(trail -> AgreementCommands.invitation(input, trail),
                c -> once.extendInvitation(input.idempotencyKey(), c));
    }

    @MutationMapping
    public Outcome<BilateralRelation> elevatePartnership(@Argument Inputs.ElevatePartnershipInput input) {
        return Outcome.attempt(trail -> AgreementCommands.elevation(input, trail), relations::elevatePartnership);
    }

    @MutationMapping
    public Outcome<DialogueMechanism> upgradeMechanism(@Argument Inputs.UpgradeMechanismInput input) {
        return Outcome.attempt(trail -> AgreementCommands.upgrade(input, trail), agreements::upgradeMechanism);
    }
}
