package org.entente.graphql.visit;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.entente.domain.person.Person;
import org.entente.domain.visit.Visit;
import org.entente.graphql.load.RecordLoaders;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Visits: who travelled, within which relation. */
@Controller
public class VisitController {
    @SchemaMapping(typeName = "Visit")
    public CompletableFuture<Person> visitor(Visit visit, DataFetchingEnvironment env) {
        return RecordLoaders.person(env, visit.visitor());
    }
}
