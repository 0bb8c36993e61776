package org.entente.graphql.curation;

import org.entente.application.port.in.CurateOnce;
import org.entente.domain.event.Event;
import org.entente.domain.person.Person;
import org.entente.domain.source.Source;
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
    public Outcome<Source> registerSource(@Argument Inputs.RegisterSourceInput input) {
        return Outcome.attempt(trail -> DirectoryCommands.source(input), c -> once.registerSource(input.idempotencyKey(), c));
    }

    @MutationMapping
    public Outcome<Person> registerPerson(@Argument Inputs.RegisterPersonInput input) {
        return Outcome.attempt(trail -> DirectoryCommands.person(input, trail),
                c -> once.registerPerson(input.idempotencyKey(), c));
    }

    @MutationMapping
    public Outcome<Person> mergePersons(@Argument Inputs.MergePersonsInput input) {
        return Outcome.attempt(trail -> DirectoryCommands.merge(input, trail),
                c -> once.mergePersons(input.idempotencyKey(), c));
    }

    @MutationMapping
    public Outcome<Event> recordEvent(@Argument Inputs.RecordEventInput input) {
        return Outcome.attempt(trail -> DirectoryCommands.event(input, trail),
                c -> once.recordEvent(input.idempotencyKey(), c));
    }

}
