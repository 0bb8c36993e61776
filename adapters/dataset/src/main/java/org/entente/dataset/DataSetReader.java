package org.entente.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.entente.application.dataset.DataSet;
import org.entente.application.dataset.InvalidDataSetException;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.organization.Organization;
import org.entente.domain.person.Person;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.domain.visit.Visit;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a data set file (the format of docs/data.md) into a {@link DataSet} of aggregates at version 0.
 * Every evidence quote is found in its source's text, which gives its offset. A file with anything wrong is
 * refused whole with {@link InvalidDataSetException} listing every problem found, each naming its record and
 * field. References between records (a meeting's persons, an instrument's meeting) are left to the import,
 * which resolves them against the file and the store together.
 */
public final class DataSetReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Reads the file at {@code file}, named by its path in problems. */
    public DataSet read(Path file) {
        try {
            return read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data set file " + file, e);
        }
    }

    /** Reads a file from {@code json}, which it closes; {@code origin} names it in problems. */
    public DataSet read(InputStream json, String origin) {
        try (InputStream in = json) {
            return read(in.readAllBytes(), origin);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data set " + origin, e);
        }
    }

    /** Reads a file's UTF-8 bytes; {@code origin} names it in problems. */
    public DataSet read(byte[] json, String origin) {
        Problems problems = new Problems();
        JsonNode root = parse(json, problems);
        DataSet set = root == null ? null : dataSet(root, problems);
        if (!problems.isEmpty()) {
            throw new InvalidDataSetException(origin, problems.all());
        }
        return set;
    }

    private static JsonNode parse(byte[] json, Problems problems) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || root.isMissingNode()) {
                problems.add("file", null, "is empty; a data set file is one JSON object");
                return null;
            }
            if (!root.isObject()) {
                problems.add("file", null, "must be one JSON object holding the arrays of records");
                return null;
            }
            return root;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? null : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            problems.add("file", where, "is not well-formed JSON: " + e.getOriginalMessage());
            return null;
        }
    }

    private static DataSet dataSet(JsonNode root, Problems problems) {
        QuotedSources quoted = new QuotedSources();
        JsonRecord file = new JsonRecord(root, "file", "", problems, quoted);
        file.optionalText("$schema");
        List<Source> sources = file.records("sources", "source", (r, id) -> {
            Source source = AggregateReader.source(r, id);
            if (source != null) {
                quoted.add(source);
            } else if (id != null) {
                quoted.addUnreadable(new SourceId(id));
            }
            return source;
        });
        List<Organization> organizations = file.records("organizations", "organization", AggregateReader::organization);
        List<Person> persons = file.records("persons", "person", AggregateReader::person);
        List<BilateralRelation> relations = file.records("relations", "relation", AggregateReader::relation);
        List<DialogueMechanism> mechanisms = file.records("mechanisms", "mechanism", AggregateReader::mechanism);
        List<Visit> visits = file.records("visits", "visit", AggregateReader::visit);
        List<Meeting> meetings = file.records("meetings", "meeting", AggregateReader::meeting);
        List<Instrument> instruments = file.records("instruments", "instrument", AggregateReader::instrument);
        List<Invitation> invitations = file.records("invitations", "invitation", AggregateReader::invitation);
        List<Event> events = file.records("events", "event", AggregateReader::event);
        file.finish();
        return DataSet.of(Stream.of(sources, organizations, persons, relations, mechanisms, visits, meetings,
                instruments, invitations, events).flatMap(List::stream).toList());
    }
}
