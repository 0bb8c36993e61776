package org.entente.bootstrap.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One meeting of a generated data set, {@code g}-th of all, worked out from the plan: its relation, place, kind,
 * attendees and what came of it, and the paragraph of its report that states all of it. Every quote the records
 * cite is a piece of that paragraph, so it stands verbatim in the report's text.
 */
final class ScaleMeeting {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final String[] KINDS = {"TALKS", "COURTESY_CALL", "RECEPTION", "SUMMIT", "VISIT_CALL",
            "PRESS_CONFERENCE"};
    private static final String[] KIND_TITLES = {"Talks", "Courtesy call", "Reception", "Summit",
            "Call during a visit", "Press conference"};
    private static final String[] INSTRUMENT_KINDS = {"MOU", "AGREEMENT", "LETTER_OF_INTENT", "JOINT_STATEMENT"};
    private static final String[] INSTRUMENT_WORDS = {"memorandum of understanding", "agreement", "letter of intent",
            "joint statement"};
    private static final String[] INSTRUMENT_SLUGS = {"memorandum-of-understanding", "agreement", "letter-of-intent",
            "joint-statement"};
    private static final String[] EVENT_KINDS = {"FORUM", "EXPO", "CONFERENCE", "SUMMIT"};
    private static final String[] EVENT_WORDS = {"Business Forum", "Trade Expo", "Investment Conference",
            "Leaders Summit"};
    private static final String[] EVENT_SLUGS = {"business-forum", "trade-expo", "investment-conference",
            "leaders-summit"};
    private static final String[] SOURCE_IDS = new String[2_000];

    /** One of the four attendances: the country's place in the plan, the person's number there, the slot. */
    record Attendee(int country, int person, int slot, String id, String name, String title, String organization) {
        String titled() {
            return title + " " + name;
        }
    }

    final ScaleDataSet plan;
    final int g;
    final int r;
    final int m;
    final LocalDate date;
    final int host;
    final int guest;
    final int[] session;
    final String kind;
    final String title;
    final String city;
    final List<String> areas;
    final List<Attendee> attendees = new ArrayList<>();

    ScaleMeeting(ScaleDataSet plan, int g) {
        this.plan = plan;
        this.g = g;
        this.r = g % ScaleDataSet.RELATIONS;
        this.m = g / ScaleDataSet.RELATIONS;
        this.date = ScaleDataSet.dayOf(g);
        int[] countries = plan.countriesOf(r);
        this.host = countries[m % 2];
        this.guest = countries[1 - m % 2];
        this.session = plan.sessionOf(r, m);
        List<String> hostCities = ScaleDataSet.NATIONS.get(host).cities();
        this.city = hostCities.get((m / 2) % hostCities.size());
        String a = ScaleDataSet.NATIONS.get(countries[0]).name();
        String b = ScaleDataSet.NATIONS.get(countries[1]).name();
        if (session != null) {
            ScaleDataSet.Channel channel = ScaleDataSet.CHANNELS[session[0]];
            this.kind = channel.meetingKind();
            this.title = ordinal(session[1]) + " " + a + "-" + b + " " + channel.name();
        } else {
            this.kind = KINDS[m % KINDS.length];
            this.title = KIND_TITLES[m % KINDS.length] + " between " + a + " and " + b + " in " + city;
        }
        String first = ScaleDataSet.AREAS[g % ScaleDataSet.AREAS.length];
        String second = ScaleDataSet.AREAS[(g / ScaleDataSet.AREAS.length + 3) % ScaleDataSet.AREAS.length];
        this.areas = first.equals(second) ? List.of(first) : List.of(first, second);
        for (int side : new int[] {host, guest}) {
            for (int j = 0; j < 2; j++) {
                int k = plan.attendee(side, r, m, j);
                ScaleDataSet.Office office = ScaleDataSet.officeOf(k);
                attendees.add(new Attendee(side, k, j, plan.personId(side, k), plan.personName(side, k),
                        office.title(), office.organization()));
            }
        }
    }

    String relationId() {
        return plan.relationId(r);
    }

    /** A session by its mechanism and number, any other meeting by its kind and its number in the relation. */
    String id() {
        String what = session != null ? ScaleDataSet.CHANNELS[session[0]].slug() + "-" + session[1]
                : kind.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + (m + 1);
        return relationId() + "-" + plan.day(g) + "-" + what;
    }

    String sourceId() {
        return sourceId(g / ScaleDataSet.MEETINGS_PER_SOURCE);
    }

    static String sourceId(int source) {
        if (source < SOURCE_IDS.length) {
            String id = SOURCE_IDS[source];
            if (id == null) {
                id = SOURCE_IDS[source] = String.format(Locale.ROOT, "scale-digest-%05d", source + 1);
            }
            return id;
        }
        return String.format(Locale.ROOT, "scale-digest-%05d", source + 1);
    }

    String hostName() {
        return ScaleDataSet.NATIONS.get(host).name();
    }

    String guestName() {
        return ScaleDataSet.NATIONS.get(guest).name();
    }

    String hostCode() {
        return ScaleDataSet.NATIONS.get(host).code();
    }

    String guestCode() {
        return ScaleDataSet.NATIONS.get(guest).code();
    }

    // --- what the report says, sentence by sentence; each quote is the part of a sentence a record cites

    String meetingQuote() {
        return title + " took place in " + city + " on " + plan.longDay(g) + ".";
    }

    String attendanceSentence() {
        Attendee h0 = attendees.get(0);
        Attendee h1 = attendees.get(1);
        Attendee g0 = attendees.get(2);
        Attendee g1 = attendees.get(3);
        return h0.titled() + " and " + h1.titled() + " of " + hostName() + " met " + g0.titled() + " and "
                + g1.titled() + " of " + guestName() + ".";
    }

    String visitId() {
        return relationId() + "-" + plan.day(g) + "-visit-" + (m + 1);
    }

    String visitQuote() {
        return attendees.get(2).name() + " was on an official visit to " + hostName();
    }

    String commitmentQuote(int i) {
        return i == 0 ? "agreed to strengthen cooperation in " + areas.get(0)
                : hostName() + " pledged to support " + guestName() + " in " + areas.get(areas.size() - 1);
    }

    String instrumentKind() {
        return INSTRUMENT_KINDS[(g / 5) % INSTRUMENT_KINDS.length];
    }

    String instrumentWords() {
        return INSTRUMENT_WORDS[(g / 5) % INSTRUMENT_WORDS.length];
    }

    String instrumentId() {
        return relationId() + "-" + plan.day(g) + "-" + INSTRUMENT_SLUGS[(g / 5) % INSTRUMENT_SLUGS.length] + "-"
                + (m + 1);
    }

    String instrumentTitle() {
        String words = instrumentWords();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " on " + areas.get(0) + " cooperation";
    }

    String instrumentQuote() {
        String words = instrumentWords();
        String article = "aeiou".indexOf(words.charAt(0)) >= 0 ? "an" : "a";
        return "signed " + article + " " + words + " on " + areas.get(0) + " cooperation";
    }

    /** The level this meeting announced (0 or 1), or -1. */
    int levelAnnounced() {
        return m == 0 ? 0 : m == plan.elevationOf(r) ? 1 : -1;
    }

    String levelQuote(int level) {
        return level == 0 ? "The two countries established a Comprehensive Partnership."
                : "The two countries elevated their relations to a Strategic Partnership.";
    }

    LocalDate eventMonth() {
        return date.plusMonths(3).withDayOfMonth(1);
    }

    String eventKind() {
        return EVENT_KINDS[(g / 20) % EVENT_KINDS.length];
    }

    String eventName() {
        return hostName() + "-" + guestName() + " " + EVENT_WORDS[(g / 20) % EVENT_WORDS.length] + " "
                + eventMonth().getYear();
    }

    String eventId() {
        LocalDate month = eventMonth();
        return relationId() + "-" + String.format(Locale.ROOT, "%04d-%02d", month.getYear(), month.getMonthValue())
                + "-" + EVENT_SLUGS[(g / 20) % EVENT_SLUGS.length] + "-" + (m + 1);
    }

    String eventQuote() {
        return "welcomed the " + eventName() + ", to be held in "
                + ScaleDataSet.NATIONS.get(host).cities().get(0) + " in " + MONTH.format(eventMonth());
    }

    String invitationId() {
        return relationId() + "-" + plan.day(g) + "-invitation-" + (m + 1);
    }

    String invitationQuote() {
        return attendees.get(0).name() + " invited " + attendees.get(2).name() + " to visit " + hostName() + " again.";
    }

    /** The paragraph of the report about this meeting. */
    String paragraph() {
        StringBuilder text = new StringBuilder(600);
        text.append(meetingQuote()).append(' ').append(attendanceSentence());
        if (ScaleDataSet.isPartOfVisit(g)) {
            text.append(' ').append(visitQuote()).append('.');
        }
        for (int i = 0; i < ScaleDataSet.commitmentsOf(g); i++) {
            text.append(i == 0 ? " The two sides " : " ").append(commitmentQuote(i)).append('.');
        }
        if (ScaleDataSet.concludesInstrument(g)) {
            text.append(" The two sides ").append(instrumentQuote()).append('.');
        }
        if (levelAnnounced() >= 0) {
            text.append(' ').append(levelQuote(levelAnnounced()));
        }
        if (ScaleDataSet.announcesEvent(g)) {
            text.append(" Both sides ").append(eventQuote()).append('.');
        }
        if (ScaleDataSet.extendsInvitation(g)) {
            text.append(' ').append(invitationQuote());
        }
        return text.toString();
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
