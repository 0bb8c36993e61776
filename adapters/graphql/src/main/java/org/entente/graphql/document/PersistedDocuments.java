package org.entente.graphql.document;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.graphql.execution.ErrorType;

/**
 * Which documents may run, and documents sent by their hash. A client may send
 * {@code extensions.persistedQuery.sha256Hash} in place of the document's text (Apollo's automatic persisted
 * queries): a hash the service knows runs its document; one it does not know answers
 * {@code PERSISTED_QUERY_NOT_FOUND}, and the client sends the text with the hash once, which the service then
 * remembers (within {@code rememberedCharacters}). With {@code trustedOnly}, only the documents of the manifest run,
 * by hash or by text; any other is {@code DOCUMENT_NOT_TRUSTED}, unless the caller may run any document (an ADMIN
 * key), and nothing new is remembered.
 * <p>
 * Every document that runs is parsed and validated once: what graphql-java made of it is kept by its text (within
 * {@code parsedCharacters}, the least recently used forgotten), so a client sending the same page again and again
 * costs neither a parse nor a validation after the first. The checks of trust above run on every request.
 */
public final class PersistedDocuments implements PreparsedDocumentProvider {
    public static final String PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    public static final String PERSISTED_QUERY_HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH";
    public static final String PERSISTED_QUERY_INVALID = "PERSISTED_QUERY_INVALID";
    public static final String DOCUMENT_NOT_TRUSTED = "DOCUMENT_NOT_TRUSTED";

    private final DocumentManifest manifest;
    private final boolean trustedOnly;
    private final boolean automatic;
    private final Predicate<ExecutionInput> mayRunAnyDocument;
    private final Remembered<String> remembered;
    private final Remembered<PreparsedDocumentEntry> parsed;

    /**
     * @param manifest             the trusted documents (perhaps none)
     * @param trustedOnly          whether only they run ({@code entente.documents.trusted-only})
     * @param automatic            whether clients may register documents by sending them with their hash
     * @param rememberedCharacters how much text of such documents is remembered, the least recently used forgotten
     * @param parsedCharacters     how much text of the documents parsed and validated is kept parsed
     * @param mayRunAnyDocument    whether a request's caller may run documents outside the manifest anyway
     */
    public PersistedDocuments(DocumentManifest manifest, boolean trustedOnly, boolean automatic,
                              long rememberedCharacters, long parsedCharacters,
                              Predicate<ExecutionInput> mayRunAnyDocument) {
        this.manifest = manifest;
        this.trustedOnly = trustedOnly;
        this.automatic = automatic;
        this.mayRunAnyDocument = mayRunAnyDocument;
        this.remembered = new Remembered<>(rememberedCharacters);
        this.parsed = new Remembered<>(parsedCharacters);
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(entry(input, parseAndValidate));
    }

    private PreparsedDocumentEntry entry(ExecutionInput input,
                                         Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        Function<ExecutionInput, PreparsedDocumentEntry> parse = in -> parsed(in, parseAndValidate);
        Object persisted = input.getExtensions() == null ? null : input.getExtensions().get("persistedQuery");
        String text = input.getQuery();
        boolean textSent = text != null && !text.isBlank() && !PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(text);
        if (persisted == null) {
            if (textSent && trustedOnly && !manifest.trusts(Sha256.of(text)) && !mayRunAnyDocument.test(input)) {
                return refusal(DOCUMENT_NOT_TRUSTED, "This service runs only the documents of its manifest; this one is "
                        + "not among them (entente.documents.trusted-only)");
            }
            return parse.apply(input);
        }
        Optional<String> hash = hash(persisted);
        if (hash.isEmpty()) {
            return refusal(PERSISTED_QUERY_INVALID, "extensions.persistedQuery must hold version 1 and sha256Hash, the "
                    + "64 hex digits of the SHA-256 of the document");
        }
        if (!textSent) {
            Optional<String> known = manifest.document(hash.get()).or(() -> remembered.get(hash.get()));
            if (known.isEmpty()) {
                return refusal(PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound: no document is known by the hash "
                        + hash.get() + "; send it again with its query");
            }
            return parse.apply(input.transform(builder -> builder.query(known.get())));
        }
        String actual = Sha256.of(text);
        if (!actual.equals(hash.get())) {
            return refusal(PERSISTED_QUERY_HASH_MISMATCH, "extensions.persistedQuery.sha256Hash is " + hash.get()
                    + " but the SHA-256 of the query sent is " + actual);
        }
        boolean trusted = manifest.trusts(actual);
        if (trustedOnly && !trusted && !mayRunAnyDocument.test(input)) {
            return refusal(DOCUMENT_NOT_TRUSTED, "This service runs only the documents of its manifest; this one is "
                    + "not among them (entente.documents.trusted-only)");
        }
        PreparsedDocumentEntry entry = parse.apply(input);
        if (automatic && !trustedOnly && !trusted && !entry.hasErrors()) {
            remembered.put(actual, text, text.length());
        }
        return entry;
    }

    /** The document parsed and validated, from those kept if it is there; one with errors is not kept. */
    private PreparsedDocumentEntry parsed(ExecutionInput input,
                                          Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String text = input.getQuery();
        Optional<PreparsedDocumentEntry> known = parsed.get(text);
        if (known.isPresent()) {
            return known.get();
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            parsed.put(text, entry, text.length());
        }
        return entry;
    }

    private static Optional<String> hash(Object persisted) {
        if (!(persisted instanceof Map<?, ?> fields) || !(fields.get("sha256Hash") instanceof String hash)
                || !Sha256.HEX.matcher(hash).matches()) {
            return Optional.empty();
        }
        Object version = fields.get("version");
        if (version != null && !(version instanceof Number number && number.intValue() == 1)) {
            return Optional.empty();
        }
        return Optional.of(hash.toLowerCase(java.util.Locale.ROOT));
    }

    private static PreparsedDocumentEntry refusal(String code, String message) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        GraphQLError error = GraphqlErrorBuilder.newError().locations(null).errorType(ErrorType.BAD_REQUEST)
                .message(message).extensions(extensions).build();
        return new PreparsedDocumentEntry(error);
    }

    /** Values kept by a key, the least recently used forgotten past a total weight (a document's characters). */
    private static final class Remembered<V> {
        private record Weighed<V>(V value, long weight) {
        }

        private final long maxWeight;
        private final LinkedHashMap<String, Weighed<V>> byKey = new LinkedHashMap<>(16, 0.75f, true);
        private long weight;

        Remembered(long maxWeight) {
            this.maxWeight = maxWeight;
        }

        synchronized Optional<V> get(String key) {
            Weighed<V> found = byKey.get(key);
            return found == null ? Optional.empty() : Optional.of(found.value());
        }

        synchronized void put(String key, V value, long weight) {
            if (weight > maxWeight || byKey.containsKey(key)) {
                return;
            }
            byKey.put(key, new Weighed<>(value, weight));
            this.weight += weight;
            var eldest = byKey.entrySet().iterator();
            while (this.weight > maxWeight && eldest.hasNext()) {
                this.weight -= eldest.next().getValue().weight();
                eldest.remove();
            }
        }
    }
}
