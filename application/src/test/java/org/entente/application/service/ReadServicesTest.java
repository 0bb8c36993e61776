package org.entente.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.application.fake.FakeStorage;
import org.entente.application.port.in.TimelineEntry;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.relation.BilateralRelation;
import java.util.Map;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.TimelineWindow;
import org.junit.jupiter.api.Test;

class ReadServicesTest {
    private final Curation world = new Curation(FakeStorage.create());
    private final ExploreRelationsService explore = new ExploreRelationsService(world.storage.relations(),
            world.storage.meetings(), world.storage.instruments(), world.storage.events());
    private final LoadRecordsService load = new LoadRecordsService(world.storage);

    @Test
    void finds_a_relation_by_its_countries_in_either_order() {
        assertThat(explore.relationBetween(CountryPair.of("JP", "VN"))).map(BilateralRelation::id).contains(Curation.RELATION);
    }

    @Test
    void a_timeline_holds_levels_and_meetings_in_date_order_within_its_range() {
        world.meetings.recordMeeting(Curation.dialogue("spd-8", 8, "co-chaired the 8th"));
        world.relations.elevatePartnership(new org.entente.application.command.ElevatePartnershipCommand(Curation.RELATION,
                1, "Comprehensive Strategic Partnership", PartialDate.parse("2023-11-27"), null,
                List.of(Curation.quote("strategic partnership"))));
        TimelineWindow whole = new TimelineWindow(Curation.RELATION, null, null);
        TimelineWindow fromTheTalks = new TimelineWindow(Curation.RELATION, PartialDate.parse("2024-12-12"), null);
        Map<TimelineWindow, Page<TimelineEntry>> timelines = explore.timelines(List.of(whole, fromTheTalks),
                PageRequest.first(10));
        List<TimelineEntry> all = timelines.get(whole).items();
        assertThat(all).extracting(e -> e.date().toString()).containsExactly("2023-11-27", "2024-12");
        assertThat(all.get(0)).isInstanceOf(TimelineEntry.LevelChange.class);
        assertThat(timelines.get(fromTheTalks).items()).singleElement().isInstanceOf(TimelineEntry.MeetingHeld.class);
        assertThat(explore.timelineCounts(List.of(whole, fromTheTalks))).containsEntry(whole, 2L)
                .containsEntry(fromTheTalks, 1L);
    }

    @Test
    void groups_sessions_and_successors_per_mechanism_and_leaves_empty_lists() {
        world.meetings.recordMeeting(Curation.dialogue("spd-8", 8, "co-chaired the 8th"));
        MechanismId twoPlusTwo = new MechanismId("jp-vn-2plus2");
        world.storage.mechanisms().save(DialogueMechanism.established(twoPlusTwo, Curation.RELATION, "2+2", null, List.of())
                .upgradeOf(world.storage.mechanisms().findById(Curation.DIALOGUE).orElseThrow(),
                        PartialDate.parse("2025-12-04"), null, List.of()));
        assertThat(load.sessionsOf(List.of(Curation.DIALOGUE, twoPlusTwo)))
                .hasEntrySatisfying(Curation.DIALOGUE, s -> assertThat(s).extracting(m -> m.id()).containsExactly(new MeetingId("spd-8")))
                .hasEntrySatisfying(twoPlusTwo, s -> assertThat(s).isEmpty());
        assertThat(load.successorsOf(List.of(Curation.DIALOGUE, twoPlusTwo)))
                .containsOnlyKeys(Curation.DIALOGUE)
                .hasEntrySatisfying(Curation.DIALOGUE, m -> assertThat(m.id()).isEqualTo(twoPlusTwo));
        BrowseRecordsService browse = new BrowseRecordsService(world.storage);
        assertThat(browse.pages(List.of(MeetingCriteria.attendedBy(Curation.VU),
                MeetingCriteria.attendedBy(Curation.FUNAKOSHI)), PageRequest.first(5)))
                .hasSize(2).allSatisfy((person, meetings) -> assertThat(meetings.items()).hasSize(1));
    }
}
