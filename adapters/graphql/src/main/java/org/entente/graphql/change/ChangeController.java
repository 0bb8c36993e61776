package org.entente.graphql.change;

import java.util.List;
import java.util.Optional;
import org.entente.application.history.Change;
import org.entente.application.port.in.FollowChanges;
import org.entente.application.port.in.LoadRecords;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;
import org.entente.graphql.node.GlobalId;
import org.entente.domain.common.RecordKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;

/**
 * The subscriptions: the change notices of {@link FollowChanges}, filtered by kind of record and relation, each
 * turned into the record as stored (one batch load per notice; a record gone meanwhile is skipped).
 */
@Controller
public class ChangeController {
    private final FollowChanges changes;
    private final LoadRecords load;

    public ChangeController(FollowChanges changes, LoadRecords load) {
        this.changes = changes;
        this.load = load;
    }

    @SubscriptionMapping
    public Flux<Meeting> meetingRecorded(@Argument String relationId) {
        Optional<String> relation = relation(relationId);
        return created(RecordKind.MEETING, relation).flatMapIterable(change ->
                load.byId(Meeting.class, List.of(new MeetingId(change.id()))).values());
    }

    @SubscriptionMapping
    public Flux<Instrument> instrumentRecorded(@Argument String relationId) {
        Optional<String> relation = relation(relationId);
        return created(RecordKind.INSTRUMENT, relation).flatMapIterable(change ->
                load.byId(Instrument.class, List.of(new InstrumentId(change.id()))).values());
    }

    @SubscriptionMapping
    public Flux<BilateralRelation> relationChanged(@Argument String relationId) {
        String relation = relation(relationId).orElseThrow();
        return stream().filter(change -> RecordKind.RELATION.typeName().equals(change.aggregate()) && relation.equals(change.id()))
                .flatMapIterable(change -> load.byId(BilateralRelation.class, List.of(new RelationId(change.id()))).values());
    }

    private Flux<Change> created(RecordKind kind, Optional<String> relation) {
        return stream().filter(change -> kind.typeName().equals(change.aggregate()) && change.version() == 1
                && relation.map(r -> r.equals(change.relation())).orElse(true));
    }

    private Flux<Change> stream() {
        return JdkFlowAdapter.flowPublisherToFlux(changes.changes());
    }

    private static Optional<String> relation(String relationId) {
        return Optional.ofNullable(GlobalId.decodeOptional(relationId, RecordKind.RELATION, RelationId::new,
                "relationId")).map(RelationId::value);
    }
}
