package org.entente.graphql.inspection;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.entente.application.port.in.TimelineEntry;
import org.entente.domain.common.RecordKind;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.stereotype.Component;

/**
 * Spring GraphQL's inspection of the schema against the controllers, told which Java type stands behind each
 * implementation of {@code Node} and {@code TimelineEntry} so that it can check those too. The report is
 * logged at startup and kept, for a test to fail the build on any unmapped field or argument. Only where
 * {@code entente.graphql.schema-inspection=true} (the tests): the schema and the controllers are fixed at build
 * time, so at every start of the service the inspection would check again what the build already did.
 */
@Component
@ConditionalOnProperty(name = "entente.graphql.schema-inspection", havingValue = "true")
public class SchemaMappingReport implements GraphQlSourceBuilderCustomizer {
    private static final Log log = LogFactory.getLog(SchemaMappingReport.class);

    private volatile SchemaReport report;

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.inspectSchemaMappings(initializer -> {
                    for (RecordKind kind : RecordKind.values()) {
                        initializer.classMapping(kind.typeName(), kind.type());
                    }
                    initializer
                        .classMapping("LevelChange", TimelineEntry.LevelChange.class)
                        .classMapping("MeetingHeld", TimelineEntry.MeetingHeld.class)
                        .classMapping("InstrumentConcluded", TimelineEntry.InstrumentConcluded.class)
                        .classMapping("EventScheduled", TimelineEntry.EventScheduled.class);
                },
                report -> {
                    this.report = report;
                    log.info(report);
                });
    }

    /** The report of the schema this application built; null before the schema is built. */
    public SchemaReport report() {
        return report;
    }
}
