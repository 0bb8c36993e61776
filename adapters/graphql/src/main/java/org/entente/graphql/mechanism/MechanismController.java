package org.entente.graphql.mechanism;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.graphql.load.RecordLoaders;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Dialogue mechanisms: their sessions and the upgrades that link them. */
@Controller
public class MechanismController {
    @SchemaMapping(typeName = "DialogueMechanism")
    public CompletableFuture<List<SessionOf>> sessions(DialogueMechanism mechanism, DataFetchingEnvironment env) {
        return RecordLoaders.sessionsOf(env, mechanism.id()).thenApply(meetings -> meetings.stream()
                .filter(m -> m.session() != null)
                .map(m -> new SessionOf(m.session().number(), m)).toList());
    }

    @SchemaMapping(typeName = "DialogueMechanism")
    public CompletableFuture<DialogueMechanism> successor(DialogueMechanism mechanism, DataFetchingEnvironment env) {
        return RecordLoaders.successorOf(env, mechanism.id());
    }
}
