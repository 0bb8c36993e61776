package org.entente.graphql.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.entente.application.command.Citing;
import org.entente.domain.common.DomainException;
import org.entente.domain.geo.Country;
import org.entente.domain.source.SourceId;
import org.entente.graphql.node.GlobalId;
import org.entente.domain.common.RecordKind;

/**
 * Where in a mutation's input each id and each quote came from, noted as the input is read, so that a rule the
 * core reports broken about a record or a quote can be pointed back at the input field that named it. A rule
 * about no particular reference is pointed at the field {@link #blame} names for it (see {@link Refusals}).
 */
public final class InputTrail {
    static final String ROOT = "input";

    /** An id read from the input: its kind of record, its local id, and where it stood. */
    record Reference(RecordKind kind, String id, List<String> path) {
    }

    /** A citation read from the input, and where. */
    record Citation(SourceId source, String quote, List<String> path) {
    }

    private final List<Reference> references = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private final Map<String, List<String>> blamed = new HashMap<>();
    /** The fields read so far that broke a rule, each reported; reading goes on past them. */
    private final List<Misread> misread = new ArrayList<>();

    /** The path of an input field from the argument: {@code at("attendances", 0, "personId")}. */
    public static List<String> at(Object... parts) {
        List<String> path = new ArrayList<>();
        path.add(ROOT);
        for (Object part : parts) {
            path.add(String.valueOf(part));
        }
        return path;
    }

    /** The path of a field within the value at {@code base}. */
    public static List<String> within(List<String> base, Object... parts) {
        List<String> path = new ArrayList<>(base);
        for (Object part : parts) {
            path.add(String.valueOf(part));
        }
        return path;
    }

    /** Says which field {@code rule} is about in this mutation, overriding {@link Refusals}' usual field. */
    public InputTrail blame(String rule, List<String> path) {
        blamed.put(rule, path);
        return this;
    }

    /** A global id of {@code type}, remembered as a reference; a malformed one stays a GraphQL error. */
    public <I> I id(String globalId, RecordKind type, Function<String, I> idOf, List<String> path) {
        if (globalId == null) {
            return null;
        }
        I id = GlobalId.decode(globalId, type, idOf, String.join(".", path));
        references.add(new Reference(type, GlobalId.decode(globalId, String.join(".", path)).localId(), path));
        return id;
    }

    /** Global ids of {@code type}, each remembered with its index. */
    public <I> List<I> ids(List<String> globalIds, RecordKind type, Function<String, I> idOf, List<String> path) {
        List<I> ids = new ArrayList<>();
        if (globalIds != null) {
            for (int i = 0; i < globalIds.size(); i++) {
                ids.add(id(globalIds.get(i), type, idOf, within(path, i)));
            }
        }
        return ids;
    }

    public Country country(String code, List<String> path) {
        return code == null ? null : noted(path, () -> Country.of(code));
    }

    public List<Country> countries(List<String> codes, List<String> path) {
        List<Country> countries = new ArrayList<>();
        if (codes != null) {
            for (int i = 0; i < codes.size(); i++) {
                countries.add(country(codes.get(i), within(path, i)));
            }
        }
        return countries;
    }

    /** The citations of an {@code evidence} list, each remembered with its index. */
    public List<Citing> evidence(List<Inputs.EvidenceInput> evidence, List<String> path) {
        List<Citing> citing = new ArrayList<>();
        if (evidence == null) {
            return citing;
        }
        for (int i = 0; i < evidence.size(); i++) {
            Inputs.EvidenceInput e = evidence.get(i);
            List<String> at = within(path, i);
            SourceId source = id(e.sourceId(), RecordKind.SOURCE, SourceId::new, within(at, "sourceId"));
            Citing citation = noted(within(at, e.marksInference() ? "note" : "quote"),
                    () -> new Citing(source, e.quote(), e.marksInference(), e.note()));
            if (citation != null) {
                citations.add(new Citation(source, citation.quote(), within(at, "quote")));
                citing.add(citation);
            }
        }
        return citing;
    }

    /** {@code reading} with any rule it breaks reported against the field at {@code path}. */
    public static <T> T read(List<String> path, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (Misread e) {
            throw e;
        } catch (DomainException e) {
            throw new Misread(path, e);
        }
    }

    /** {@code reading}, or null with the rule it breaks noted against the field at {@code path}. */
    <T> T noted(List<String> path, Supplier<T> reading) {
        try {
            return read(path, reading);
        } catch (Misread e) {
            misread.add(e);
            return null;
        }
    }

    /** The fields that broke a rule as they were read. */
    List<Misread> misread() {
        return misread;
    }

    List<String> blamed(String rule) {
        return blamed.get(rule);
    }

    /** Where the input named the record {@code kind id}; the first mention, or the one under {@code prefix}. */
    List<String> referenceTo(RecordKind kind, String id, String prefix) {
        List<String> first = null;
        for (Reference r : references) {
            if (r.kind() == kind && r.id().equals(id)) {
                if (prefix == null || r.path().get(1).equals(prefix)) {
                    return r.path();
                }
                first = first == null ? r.path() : first;
            }
        }
        return first;
    }

    List<String> citationOf(SourceId source, String quote) {
        return citations.stream().filter(c -> c.source().equals(source) && c.quote().equals(quote))
                .map(Citation::path).findFirst().orElse(null);
    }

    /** A rule broken while reading one input field, with that field's path. */
    static final class Misread extends RuntimeException {
        private final List<String> path;
        private final DomainException refusal;

        Misread(List<String> path, DomainException refusal) {
            super(refusal.getMessage(), refusal);
            this.path = path;
            this.refusal = refusal;
        }

        List<String> path() {
            return path;
        }

        DomainException refusal() {
            return refusal;
        }
    }
}
