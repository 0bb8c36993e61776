package org.entente.graphql.inspection;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.entente.application.port.in.TimelineEntry;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.organization.Organization;
import org.entente.domain.person.Person;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.source.Source;
import org.entente.domain.visit.Visit;
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
        builder.inspectSchemaMappings(initializer -> initializer
                        .classMapping("BilateralRelation", BilateralRelation.class)
                        .classMapping("Meeting", Meeting.class)
                        .classMapping("Person", Person.class)
                        .classMapping("Organization", Organization.class)
                        .classMapping("DialogueMechanism", DialogueMechanism.class)
                        .classMapping("Visit", Visit.class)
                        .classMapping("Instrument", Instrument.class)
                        .classMapping("Invitation", Invitation.class)
                        .classMapping("Event", Event.class)
                        .classMapping("Source", Source.class)
                        .classMapping("LevelChange", TimelineEntry.LevelChange.class)
                        .classMapping("MeetingHeld", TimelineEntry.MeetingHeld.class)
                        .classMapping("InstrumentConcluded", TimelineEntry.InstrumentConcluded.class)
                        .classMapping("EventScheduled", TimelineEntry.EventScheduled.class),
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
