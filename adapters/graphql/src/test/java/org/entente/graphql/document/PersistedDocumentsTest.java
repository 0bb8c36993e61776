package org.entente.graphql.document;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A document is parsed and validated once, however often it is sent; one with errors is not kept. */
class PersistedDocumentsTest {
    private final AtomicInteger parses = new AtomicInteger();
    private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
        parses.incrementAndGet();
        return input.getQuery().contains("{")
                ? new PreparsedDocumentEntry(Parser.parse(input.getQuery()))
                : new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("not a document").build());
    };

    private PreparsedDocumentEntry send(PersistedDocuments documents, String text) {
        return documents.getDocumentAsync(ExecutionInput.newExecutionInput(text).build(), parse).join();
    }

    @Test
    void the_same_text_is_parsed_once() {
        PersistedDocuments documents = new PersistedDocuments(DocumentManifest.empty(), false, true, 1_000, 1_000,
                input -> false);
        PreparsedDocumentEntry first = send(documents, "{ meetings { totalCount } }");
        PreparsedDocumentEntry again = send(documents, "{ meetings { totalCount } }");
        send(documents, "{ persons { totalCount } }");
        assertThat(again).isSameAs(first);
        assertThat(parses).hasValue(2);
    }

    @Test
    void a_document_with_errors_is_parsed_again_and_the_least_recent_forgotten_past_the_size() {
        PersistedDocuments documents = new PersistedDocuments(DocumentManifest.empty(), false, true, 1_000, 60,
                input -> false);
        send(documents, "nonsense");
        send(documents, "nonsense");
        assertThat(parses).hasValue(2);
        send(documents, "{ meetings { totalCount } }"); // 27 characters
        send(documents, "{ persons { totalCount } }"); // 26: both kept
        send(documents, "{ sources { totalCount } }"); // 26 more: the meetings' is forgotten
        send(documents, "{ persons { totalCount } }");
        assertThat(parses).hasValue(5);
        send(documents, "{ meetings { totalCount } }");
        assertThat(parses).hasValue(6);
    }
}
