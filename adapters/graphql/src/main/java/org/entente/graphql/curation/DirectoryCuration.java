package org.entente.graphql.curation;

import org.entente.application.port.in.CurateOnce;
import org.entente.graphql.curation.Payloads.EventPayload;
import org.entente.graphql.curation.Payloads.PersonPayload;
import org.entente.graphql.curation.Payloads.SourcePayload;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The mutations that register sources and persons, merge duplicate persons and record events. */
@Controller
public class DirectoryCuration {
    private final CurateOnce once;

    public DirectoryCuration(CurateOnce once) {
        this.once = once;
    }

    @MutationMapping
    public SourcePayload registerSource(@Argument Inputs.RegisterSourceInput input) {
        InputTrail trail = new InputTrail();
        return SourcePayload.of(Outcome.attempt(trail, () -> DirectoryCommands.source(input),
                c -> once.registerSource(input.idempotencyKey(), c)));
    }

    @MutationMapping
    public PersonPayload registerPerson(@Argument Inputs.RegisterPersonInput input) {
        InputTrail trail = new InputTrail();
        return PersonPayload.of(Outcome.attempt(trail, () -> DirectoryCommands.person(input, trail),
                c -> once.registerPerson(input.idempotencyKey(), c)));
    }

    @MutationMapping
    public PersonPayload mergePersons(@Argument Inputs.MergePersonsInput input) {
        InputTrail trail = new InputTrail();
        return PersonPayload.of(Outcome.attempt(trail, () -> DirectoryCommands.merge(input, trail),
                c -> once.mergePersons(input.idempotencyKey(), c)));
    }

    @MutationMapping
    public EventPayload recordEvent(@Argument Inputs.RecordEventInput input) {
        InputTrail trail = new InputTrail();
        return EventPayload.of(Outcome.attempt(trail, () -> DirectoryCommands.event(input, trail),
                c -> once.recordEvent(input.idempotencyKey(), c)));
    }

}
