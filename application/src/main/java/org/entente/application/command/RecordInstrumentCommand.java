package org.entente.application.command;

import java.util.List;
import org.entente.domain.common.Require;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.instrument.InstrumentKind;
import org.entente.domain.instrument.InstrumentStatus;
import org.entente.domain.instrument.Party;
import org.entente.domain.instrument.Signatory;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.PersonId;

/** An instrument concluded at a meeting. */
public record RecordInstrumentCommand(InstrumentId id, MeetingId meeting, String title, InstrumentKind kind,
                                      Boolean binding, InstrumentStatus status, List<Party> parties,
                                      List<Signatory> signatories, List<PersonId> witnesses, List<String> areas,
                                      List<Citing> evidence) {
    public RecordInstrumentCommand {
        Require.present(id, "id");
        Require.present(meeting, "meeting");
        Require.present(status, "status");
        evidence = Citing.required(evidence, "an instrument needs evidence");
    }
}
