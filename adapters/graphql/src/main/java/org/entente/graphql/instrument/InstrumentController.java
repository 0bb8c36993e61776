package org.entente.graphql.instrument;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.BrowseRecords;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.person.Person;
import org.entente.graphql.load.RecordLoaders;
import org.entente.graphql.page.Connection;
import org.entente.graphql.page.Listings;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Instruments, their parties, signatories and witnesses. */
@Controller
public class InstrumentController {
    private final BrowseRecords browse;

    public InstrumentController(BrowseRecords browse) {
        this.browse = browse;
    }

    @QueryMapping
    public Connection<Instrument> instruments(@Argument InstrumentFilter filter, @Argument Integer first,
                                              @Argument String after, @Argument Integer last,
                                              @Argument String before) {
        PageRequest request = Listings.INSTRUMENTS.request(first, after, last, before);
        return Listings.INSTRUMENTS.browsed(browse, InstrumentFilter.criteria(filter, null), request);
    }

    @SchemaMapping(typeName = "Instrument")
    public CompletableFuture<List<Person>> witnesses(Instrument instrument, DataFetchingEnvironment env) {
        return RecordLoaders.persons(env, instrument.witnesses());
    }
}
