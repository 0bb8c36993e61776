package org.entente.graphql.source;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.entente.domain.source.Evidence;
import org.entente.domain.source.Source;
import org.entente.graphql.load.RecordLoaders;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The sources that evidence quotes. */
@Controller
public class EvidenceController {
    @SchemaMapping(typeName = "Evidence")
    public CompletableFuture<Source> source(Evidence evidence, DataFetchingEnvironment env) {
        return RecordLoaders.source(env, evidence.source());
    }
}
