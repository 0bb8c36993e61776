package org.entente.bootstrap.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.MinimalPrettyPrinter;

/**
 * Writes the data set file (docs/data.md) of {@link ScaleDataSet} for a number of meetings, streaming, one record a
 * line: the same bytes for the same number, every time. The scale benchmark imports it; so can anyone, into an
 * empty store ({@code --entente.seed.enabled=false}):
 * {@code bench/java-main.sh 1g org.entente.bootstrap.bench.ScaleDataSetFile 10000 /tmp/scale-10000.json}.
 */
public final class ScaleDataSetFile {
    private final ScaleDataSet plan;
    private final JsonGenerator json;

    private ScaleDataSetFile(ScaleDataSet plan, JsonGenerator json) {
        this.plan = plan;
        this.json = json;
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ScaleDataSetFile <meetings> <file>");
            System.exit(2);
        }
        long start = System.nanoTime();
        Path file = Path.of(args[1]);
        write(Integer.parseInt(args[0]), file);
        System.out.printf(Locale.ROOT, "wrote %s (%,d bytes) in %.1f s%n", file, file.toFile().length(),
                (System.nanoTime() - start) / 1e9);
    }

    /** Writes the set of {@code meetings} meetings to {@code file}, replacing what is there. */
    static void write(int meetings, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(meetings, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes the set of {@code meetings} meetings to {@code out}, which it leaves open. */
    static void write(int meetings, OutputStream out) {
        ScaleDataSet plan = new ScaleDataSet(meetings);
        ObjectWriteContext oneRecordALine = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return new RecordLines();
            }
        };
        try (JsonGenerator json = JsonFactory.builder().build().createGenerator(oneRecordALine, out)) {
            new ScaleDataSetFile(plan, json).all();
        }
    }

    private void all() {
        json.writeStartObject();
        json.writeArrayPropertyStart("sources");
        for (int s = 0; s < plan.sources(); s++) {
            source(s);
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("organizations");
        for (int c = 0; c < ScaleDataSet.NATIONS.size(); c++) {
            for (ScaleDataSet.Institution institution : ScaleDataSet.INSTITUTIONS) {
                organization(c, institution);
            }
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("persons");
        int[][] firstMeetings = plan.firstMeetings();
        for (int c = 0; c < ScaleDataSet.NATIONS.size(); c++) {
            for (int k = 0; k < plan.personsPerCountry(); k++) {
                person(c, k, firstMeetings[c][k]);
            }
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("relations");
        for (int r = 0; r < ScaleDataSet.RELATIONS; r++) {
            relation(r);
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("mechanisms");
        for (int r = 0; r < ScaleDataSet.RELATIONS; r++) {
            for (int mechanism = 0; mechanism < ScaleDataSet.MECHANISMS_PER_RELATION; mechanism++) {
                mechanism(r, mechanism);
            }
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("visits");
        for (int g = 3; g < plan.meetings(); g += 10) {
            visit(new ScaleMeeting(plan, g));
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("meetings");
        for (int g = 0; g < plan.meetings(); g++) {
            meeting(new ScaleMeeting(plan, g));
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("instruments");
        for (int g = 0; g < plan.meetings(); g += 5) {
            instrument(new ScaleMeeting(plan, g));
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("invitations");
        for (int g = 5; g < plan.meetings(); g += 20) {
            invitation(new ScaleMeeting(plan, g));
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("events");
        for (int g = 10; g < plan.meetings(); g += 20) {
            event(new ScaleMeeting(plan, g));
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void source(int s) {
        int from = s * ScaleDataSet.MEETINGS_PER_SOURCE;
        int to = Math.min(plan.meetings(), from + ScaleDataSet.MEETINGS_PER_SOURCE);
        StringBuilder text = new StringBuilder(ScaleDataSet.MEETINGS_PER_SOURCE * 600);
        for (int g = from; g < to; g++) {
            text.append(new ScaleMeeting(plan, g).paragraph()).append(g + 1 < to ? "\n\n" : "\n");
        }
        json.writeStartObject();
        json.writeStringProperty("id", ScaleMeeting.sourceId(s));
        json.writeStringProperty("publisher", "Entente scale benchmark (generated)");
        json.writeStringProperty("title", "Generated digest no. " + (s + 1));
        json.writeStringProperty("publishedOn", ScaleDataSet.dayOf(to - 1).toString());
        json.writeStringProperty("language", "en");
        json.writeStringProperty("text", text.toString());
        json.writeEndObject();
    }

    private void organization(int c, ScaleDataSet.Institution institution) {
        ScaleDataSet.Nation nation = ScaleDataSet.NATIONS.get(c);
        json.writeStartObject();
        json.writeStringProperty("id", ScaleDataSet.organizationId(c, institution.slug()));
        json.writeStringProperty("name", institution.name() + " of " + nation.name());
        json.writeStringProperty("kind", institution.kind());
        json.writeStringProperty("country", nation.code());
        json.writeEndObject();
    }

    /** A person, quoted from the report of the first meeting they attend (none when they attend none). */
    private void person(int c, int k, int firstMeeting) {
        String name = plan.personName(c, k);
        ScaleDataSet.Office office = ScaleDataSet.officeOf(k);
        String source = firstMeeting < 0 ? null
                : ScaleMeeting.sourceId(firstMeeting / ScaleDataSet.MEETINGS_PER_SOURCE);
        json.writeStartObject();
        json.writeStringProperty("id", plan.personId(c, k));
        json.writeStringProperty("name", name);
        json.writeStringProperty("country", ScaleDataSet.NATIONS.get(c).code());
        json.writeArrayPropertyStart("posts");
        json.writeStartObject();
        json.writeStringProperty("title", office.title());
        if (office.organization() != null) {
            json.writeStringProperty("organization", ScaleDataSet.organizationId(c, office.organization()));
        }
        if (source != null) {
            evidence(source, office.title() + " " + name);
        }
        json.writeEndObject();
        json.writeEndArray();
        if (source != null) {
            evidence(source, name);
        }
        json.writeEndObject();
    }

    private void relation(int r) {
        int[] countries = plan.countriesOf(r);
        String a = ScaleDataSet.NATIONS.get(countries[0]).code();
        String b = ScaleDataSet.NATIONS.get(countries[1]).code();
        ScaleMeeting established = new ScaleMeeting(plan, ScaleDataSet.meetingNumber(r, 0));
        ScaleMeeting elevated = new ScaleMeeting(plan, ScaleDataSet.meetingNumber(r, plan.elevationOf(r)));
        json.writeStartObject();
        json.writeStringProperty("id", plan.relationId(r));
        json.writeArrayPropertyStart("countries");
        json.writeString(a.compareTo(b) < 0 ? a : b);
        json.writeString(a.compareTo(b) < 0 ? b : a);
        json.writeEndArray();
        json.writeArrayPropertyStart("levels");
        level("Comprehensive Partnership", established, elevated.date, 0);
        level("Strategic Partnership", elevated, null, 1);
        json.writeEndArray();
        json.writeEndObject();
    }

    private void level(String name, ScaleMeeting announcedAt, LocalDate until, int level) {
        json.writeStartObject();
        json.writeStringProperty("name", name);
        json.writeStringProperty("since", announcedAt.date.toString());
        if (until != null) {
            json.writeStringProperty("until", until.toString());
        }
        json.writeStringProperty("announcedAt", announcedAt.id());
        evidence(announcedAt.sourceId(), announcedAt.levelQuote(level));
        json.writeEndObject();
    }

    private void mechanism(int r, int mechanism) {
        ScaleDataSet.Channel channel = ScaleDataSet.CHANNELS[mechanism];
        int[] countries = plan.countriesOf(r);
        int first = plan.firstSessionOf(r, mechanism);
        ScaleMeeting firstSession = first < 0 ? null : new ScaleMeeting(plan, ScaleDataSet.meetingNumber(r, first));
        json.writeStartObject();
        json.writeStringProperty("id", plan.mechanismId(r, mechanism));
        json.writeStringProperty("relation", plan.relationId(r));
        json.writeStringProperty("name", ScaleDataSet.NATIONS.get(countries[0]).name() + "-"
                + ScaleDataSet.NATIONS.get(countries[1]).name() + " " + channel.name());
        if (channel.format() != null) {
            json.writeStringProperty("format", channel.format());
        }
        // the second mechanism upgrades the first from its own first session, after the first's last one
        if (mechanism == 1 && firstSession != null) {
            json.writeStringProperty("predecessor", plan.mechanismId(r, 0));
            json.writeStringProperty("upgradedOn", firstSession.date.toString());
        }
        if (firstSession != null) {
            evidence(firstSession.sourceId(), firstSession.meetingQuote());
        }
        json.writeEndObject();
    }

    private void visit(ScaleMeeting at) {
        json.writeStartObject();
        json.writeStringProperty("id", at.visitId());
        json.writeStringProperty("relation", at.relationId());
        json.writeStringProperty("kind", "OFFICIAL");
        json.writeStringProperty("visitor", at.attendees.get(2).id());
        json.writeStringProperty("host", at.hostCode());
        json.writeStringProperty("startDate", plan.day(at.g));
        json.writeArrayPropertyStart("places");
        json.writeString(at.city);
        json.writeEndArray();
        evidence(at.sourceId(), at.visitQuote());
        json.writeEndObject();
    }

    private void meeting(ScaleMeeting meeting) {
        boolean signing = ScaleDataSet.concludesInstrument(meeting.g);
        json.writeStartObject();
        json.writeStringProperty("id", meeting.id());
        json.writeStringProperty("relation", meeting.relationId());
        json.writeStringProperty("title", meeting.title);
        json.writeStringProperty("kind", meeting.kind);
        json.writeStringProperty("status", "HELD");
        json.writeStringProperty("startDate", plan.day(meeting.g));
        json.writeStringProperty("city", meeting.city);
        json.writeStringProperty("country", meeting.hostCode());
        if (meeting.session != null) {
            json.writeObjectPropertyStart("session");
            json.writeStringProperty("mechanism", plan.mechanismId(meeting.r, meeting.session[0]));
            json.writeNumberProperty("number", meeting.session[1]);
            json.writeEndObject();
        }
        if (ScaleDataSet.isPartOfVisit(meeting.g)) {
            json.writeStringProperty("visit", meeting.visitId());
        }
        strings("areas", meeting.areas);
        json.writeArrayPropertyStart("attendances");
        for (ScaleMeeting.Attendee attendee : meeting.attendees) {
            json.writeStartObject();
            json.writeStringProperty("key", attendee.id());
            json.writeStringProperty("person", attendee.id());
            json.writeStringProperty("titleAsReported", attendee.title());
            json.writeStringProperty("country", ScaleDataSet.NATIONS.get(attendee.country()).code());
            json.writeArrayPropertyStart("roles");
            boolean hosting = attendee.country() == meeting.host;
            if (attendee.slot() == 0) {
                json.writeString(meeting.session != null ? "CO_CHAIR" : hosting ? "HOST" : "GUEST");
                json.writeString("HEAD_OF_DELEGATION");
                if (signing) {
                    json.writeString("SIGNATORY");
                }
            } else {
                json.writeString("DELEGATE");
                if (signing) {
                    json.writeString("WITNESS");
                }
            }
            json.writeEndArray();
            evidence(meeting.sourceId(), attendee.titled());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("commitments");
        for (int i = 0; i < ScaleDataSet.commitmentsOf(meeting.g); i++) {
            String area = i == 0 ? meeting.areas.get(0) : meeting.areas.get(meeting.areas.size() - 1);
            json.writeStartObject();
            json.writeStringProperty("key", (i == 0 ? "strengthen-" : "support-") + area.replace(' ', '-'));
            json.writeStringProperty("text", i == 0 ? "Strengthen cooperation in " + area + "."
                    : "Support " + meeting.guestName() + " in " + area + ".");
            json.writeStringProperty("kind", i == 0 ? "AGREED" : "PLEDGED");
            json.writeArrayPropertyStart("sides");
            json.writeString(meeting.hostCode());
            if (i == 0) {
                json.writeString(meeting.guestCode());
            }
            json.writeEndArray();
            strings("areas", List.of(area));
            evidence(meeting.sourceId(), meeting.commitmentQuote(i));
            json.writeEndObject();
        }
        json.writeEndArray();
        evidence(meeting.sourceId(), meeting.meetingQuote());
        json.writeEndObject();
    }

    private void instrument(ScaleMeeting at) {
        String kind = at.instrumentKind();
        json.writeStartObject();
        json.writeStringProperty("id", at.instrumentId());
        json.writeStringProperty("relation", at.relationId());
        json.writeStringProperty("title", at.instrumentTitle());
        json.writeStringProperty("kind", kind);
        if (!"JOINT_STATEMENT".equals(kind)) {
            json.writeBooleanProperty("binding", "AGREEMENT".equals(kind));
        }
        json.writeArrayPropertyStart("parties");
        for (int side : new int[] {at.host, at.guest}) {
            json.writeStartObject();
            json.writeStringProperty("country", ScaleDataSet.NATIONS.get(side).code());
            json.writeStringProperty("organization", ScaleDataSet.organizationId(side, "ministry-of-foreign-affairs"));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("signatories");
        for (ScaleMeeting.Attendee attendee : at.attendees) {
            if (attendee.slot() == 0) {
                json.writeStartObject();
                json.writeStringProperty("person", attendee.id());
                json.writeStringProperty("titleAsReported", attendee.title());
                json.writeStringProperty("country", ScaleDataSet.NATIONS.get(attendee.country()).code());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("witnesses");
        for (ScaleMeeting.Attendee attendee : at.attendees) {
            if (attendee.slot() == 1) {
                json.writeString(attendee.id());
            }
        }
        json.writeEndArray();
        json.writeStringProperty("meeting", at.id());
        json.writeStringProperty("signedOn", plan.day(at.g));
        json.writeStringProperty("signedAt", at.city);
        strings("areas", List.of(at.areas.get(0)));
        json.writeArrayPropertyStart("statusHistory");
        json.writeStartObject();
        json.writeStringProperty("status", "SIGNED");
        json.writeStringProperty("on", plan.day(at.g));
        evidence(at.sourceId(), at.instrumentQuote());
        json.writeEndObject();
        json.writeEndArray();
        evidence(at.sourceId(), at.instrumentQuote());
        json.writeEndObject();
    }

    /** Every other invitation is fulfilled by the relation's next meeting, where there is one. */
    private void invitation(ScaleMeeting at) {
        boolean fulfilled = (at.g / 20) % 2 == 1;
        boolean next = at.m + 1 < plan.meetingsOf(at.r);
        json.writeStartObject();
        json.writeStringProperty("id", at.invitationId());
        json.writeStringProperty("relation", at.relationId());
        json.writeStringProperty("inviter", at.attendees.get(0).id());
        json.writeStringProperty("invitee", at.attendees.get(2).id());
        json.writeStringProperty("purpose", "Visit " + at.hostName() + " again.");
        json.writeStringProperty("extendedAt", at.id());
        json.writeStringProperty("extendedOn", plan.day(at.g));
        json.writeStringProperty("status", !fulfilled ? "EXTENDED" : next ? "FULFILLED" : "ACCEPTED");
        if (fulfilled && next) {
            json.writeStringProperty("fulfilledBy",
                    new ScaleMeeting(plan, ScaleDataSet.meetingNumber(at.r, at.m + 1)).id());
        }
        evidence(at.sourceId(), at.invitationQuote());
        json.writeEndObject();
    }

    private void event(ScaleMeeting at) {
        LocalDate month = at.eventMonth();
        json.writeStartObject();
        json.writeStringProperty("id", at.eventId());
        json.writeStringProperty("relation", at.relationId());
        json.writeStringProperty("name", at.eventName());
        json.writeStringProperty("kind", at.eventKind());
        json.writeStringProperty("host", at.hostCode());
        json.writeStringProperty("hostOrganization", ScaleDataSet.organizationId(at.host,
                "ministry-of-industry-and-trade"));
        json.writeStringProperty("city", ScaleDataSet.NATIONS.get(at.host).cities().get(0));
        json.writeStringProperty("startDate",
                String.format(Locale.ROOT, "%04d-%02d", month.getYear(), month.getMonthValue()));
        json.writeStringProperty("status", "ANNOUNCED");
        evidence(at.sourceId(), at.eventQuote());
        json.writeEndObject();
    }

    private void evidence(String source, String quote) {
        json.writeArrayPropertyStart("evidence");
        json.writeStartObject();
        json.writeStringProperty("source", source);
        json.writeStringProperty("quote", quote);
        json.writeEndObject();
        json.writeEndArray();
    }

    private void strings(String name, List<String> values) {
        json.writeArrayPropertyStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Compact JSON with each record of a top-level array on a line of its own, and each array on its own lines. */
    private static final class RecordLines extends MinimalPrettyPrinter {
        private int depth;

        @Override
        public void writeStartObject(JsonGenerator g) {
            g.writeRaw('{');
            depth++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
            if (depth == 1) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            g.writeRaw(depth == 1 ? ",\n" : ",");
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) {
            depth--;
            g.writeRaw(depth == 0 ? "\n}\n" : "}");
        }

        @Override
        public void writeStartArray(JsonGenerator g) {
            g.writeRaw('[');
            depth++;
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            if (depth == 2) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(depth == 2 ? ",\n" : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) {
            depth--;
            g.writeRaw(depth == 1 && values > 0 ? "\n]" : "]");
        }
    }
}
