package org.entente.graphql.meeting;

import org.entente.application.port.in.CommitmentAt;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.BrowseRecords;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Post;
import org.entente.graphql.fetch.Selected;
import org.entente.graphql.load.ReadAhead;
import org.entente.graphql.load.RecordLoaders;
import org.entente.graphql.page.Connection;
import org.entente.graphql.page.Listings;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Meetings, their attendances and their commitments. */
@Controller
public class MeetingController {
    private final BrowseRecords browse;

    public MeetingController(BrowseRecords browse) {
        this.browse = browse;
    }

    @QueryMapping
    public Connection<Meeting> meetings(@Argument MeetingFilter filter, @Argument Integer first,
                                        @Argument String after, @Argument Integer last, @Argument String before,
                                        DataFetchingEnvironment env) {
        PageRequest request = Listings.MEETINGS.request(first, after, last, before);
        MeetingCriteria criteria = MeetingFilter.criteria(filter, null);
        Connection<Meeting> page = Listings.MEETINGS.browsed(browse, criteria, request);
        ReadAhead.MEETINGS.read(env, page.nodes());
        return page;
    }

    @SchemaMapping(typeName = "Meeting")
    public Integer sessionNumber(Meeting meeting) {
        return meeting.session() == null ? null : meeting.session().number();
    }

    /**
     * The attendances, with their persons read in the same batch when the query asks for the person or the post:
     * then those two fields answer at once, instead of each waiting on its own load (two per attendance).
     */
    @SchemaMapping(typeName = "Meeting")
    public CompletableFuture<List<AttendanceAt>> attendances(Meeting meeting, DataFetchingEnvironment env) {
        if (!Selected.anyOf(env, "person", "post")) {
            return CompletableFuture.completedFuture(unread(meeting));
        }
        List<PersonId> ids = meeting.attendances().stream().map(Attendance::person).filter(Objects::nonNull)
                .distinct().toList();
        return RecordLoaders.persons(env, ids).handle((persons, failure) -> {
            if (failure != null) {
                // each person field then meets the failed load itself, and answers null with its error
                return unread(meeting);
            }
            Map<PersonId, Person> byId = new HashMap<>();
            persons.forEach(p -> byId.put(p.id(), p));
            return meeting.attendances().stream()
                    .map(a -> new AttendanceAt(meeting, a, a.person() == null ? null : byId.get(a.person()), true))
                    .toList();
        });
    }

    /** The attendances without their persons, which each person field then loads. */
    private static List<AttendanceAt> unread(Meeting meeting) {
        return meeting.attendances().stream().map(a -> new AttendanceAt(meeting, a)).toList();
    }

    @SchemaMapping(typeName = "Meeting")
    public CompletableFuture<List<Instrument>> instruments(Meeting meeting, DataFetchingEnvironment env) {
        return RecordLoaders.instrumentsConcludedAt(env, meeting.id());
    }

    @SchemaMapping(typeName = "Meeting")
    public List<CommitmentAt> commitments(Meeting meeting) {
        return CommitmentAt.of(meeting);
    }

    @SchemaMapping(typeName = "Attendance")
    public CompletableFuture<Person> person(AttendanceAt attendance, DataFetchingEnvironment env) {
        if (attendance.attendeeRead()) {
            return CompletableFuture.completedFuture(attendance.attendee());
        }
        return RecordLoaders.byId(env, Person.class, attendance.attendance().person());
    }

    /** The post held on the meeting's date, read from the same batch of persons as {@code person}. */
    @SchemaMapping(typeName = "Attendance")
    public CompletableFuture<Post> post(AttendanceAt attendance, DataFetchingEnvironment env) {
        if (attendance.attendeeRead()) {
            return CompletableFuture.completedFuture(attendance.postOf(attendance.attendee()));
        }
        return RecordLoaders.byId(env, Person.class, attendance.attendance().person())
                .thenApply(attendance::postOf);
    }
}
