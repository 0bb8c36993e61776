package org.entente.application.port.in;

import org.entente.application.page.Keyset;
import org.entente.domain.common.PartialDate;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.relation.PartnershipLevel;

/** One dated happening in a relation's timeline. */
public sealed interface TimelineEntry {
    PartialDate date();

    /** Breaks ties between entries on the same date: levels, then meetings, instruments, events; then by id. */
    String tieBreak();

    /** The position of an entry in a timeline: its date, then its tie-break. */
    static Keyset keyOf(TimelineEntry entry) {
        return new Keyset(entry.date().sortKey(), entry.tieBreak());
    }

    record LevelChange(PartnershipLevel level) implements TimelineEntry {
        public PartialDate date() {
            return level.since();
        }

        public String tieBreak() {
            return "0:" + level.name();
        }
    }

    record MeetingHeld(Meeting meeting) implements TimelineEntry {
        public PartialDate date() {
            return meeting.startDate();
        }

        public String tieBreak() {
            return "1:" + meeting.id().value();
        }
    }

    record InstrumentConcluded(Instrument instrument) implements TimelineEntry {
        public PartialDate date() {
            return instrument.signedOn();
        }

        public String tieBreak() {
            return "2:" + instrument.id().value();
        }
    }

    record EventScheduled(Event event) implements TimelineEntry {
        public PartialDate date() {
            return event.startDate();
        }

        public String tieBreak() {
            return "3:" + event.id().value();
        }
    }
}
