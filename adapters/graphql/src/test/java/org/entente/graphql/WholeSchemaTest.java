package org.entente.graphql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.entente.graphql.change.ChangeController;
import org.entente.graphql.curation.AgreementCuration;
import org.entente.graphql.curation.DirectoryCuration;
import org.entente.graphql.curation.MeetingCuration;
import org.entente.graphql.error.SubscriptionErrors;
import org.entente.graphql.event.EventController;
import org.entente.graphql.fake.FakeChanges;
import org.entente.graphql.history.HistoryController;
import org.entente.graphql.geo.CountryController;
import org.entente.graphql.instrument.InstrumentController;
import org.entente.graphql.invitation.InvitationController;
import org.entente.graphql.load.RecordLoaders;
import org.entente.graphql.mechanism.MechanismController;
import org.entente.graphql.meeting.MeetingController;
import org.entente.graphql.node.NodeController;
import org.entente.graphql.page.NestedPages;
import org.entente.graphql.person.PersonController;
import org.entente.graphql.relation.RelationController;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A GraphQL slice with every controller of the adapter, its data loaders and change notices announced by hand; the
 * test imports its read use cases.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GraphQlTest(controllers = {NodeController.class, RelationController.class, MeetingController.class,
        PersonController.class, InstrumentController.class, MechanismController.class, InvitationController.class,
        EventController.class, CountryController.class,
        HistoryController.class, MeetingCuration.class, AgreementCuration.class, DirectoryCuration.class,
        ChangeController.class})
@Import({RecordLoaders.class, NestedPages.class, FakeChanges.class, SubscriptionErrors.class})
// the schema inspection runs in the tests only (SchemaMappingReport)
@TestPropertySource(properties = "entente.graphql.schema-inspection=true")
public @interface WholeSchemaTest {
}
