package org.entente.graphql.curation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.entente.graphql.event.EventController;
import org.entente.graphql.fake.InMemoryCuration;
import org.entente.graphql.fake.InMemoryReads;
import org.entente.graphql.geo.CountryController;
import org.entente.graphql.history.HistoryController;
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

/** A GraphQL slice with every controller, over the real use cases and the in-memory store of one {@code CurationWorld}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GraphQlTest(controllers = {NodeController.class, RelationController.class, MeetingController.class,
        PersonController.class, InstrumentController.class, MechanismController.class, InvitationController.class,
        EventController.class, CountryController.class,
        HistoryController.class, MeetingCuration.class, AgreementCuration.class, DirectoryCuration.class})
@Import({RecordLoaders.class, NestedPages.class, InMemoryCuration.class, InMemoryReads.class})
@interface CurationTest {
}
