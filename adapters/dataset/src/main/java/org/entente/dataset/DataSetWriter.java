package org.entente.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.entente.application.dataset.DataSet;
import org.entente.domain.common.Aggregate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link DataSet} as a data set file that {@link DataSetReader} reads back to the same aggregates.
 * The bytes depend on the content only: records ordered by id, fields in a fixed order, fields without a value
 * left out, laid out by {@link JsonLayout} ({@code \n} line ends, a final newline), UTF-8 with every letter as
 * it is. So writing what was read from a written file gives the same bytes again.
 */
public final class DataSetWriter {
    /** The file's bytes (UTF-8). */
    public byte[] write(DataSet set) {
        return JsonLayout.format(tree(set)).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the file to {@code out}, which it leaves open. */
    public void write(DataSet set, OutputStream out) {
        try {
            out.write(write(set));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write data set", e);
        }
    }

    /** Writes the file at {@code file}, replacing what is there. */
    public void write(DataSet set, Path file) {
        try {
            Files.write(file, write(set));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write data set file " + file, e);
        }
    }

    private static ObjectNode tree(DataSet set) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        array(root, "sources", set.sources(), AggregateWriter::source);
        array(root, "organizations", set.organizations(), AggregateWriter::organization);
        array(root, "persons", set.persons(), AggregateWriter::person);
        array(root, "relations", set.relations(), AggregateWriter::relation);
        array(root, "mechanisms", set.mechanisms(), AggregateWriter::mechanism);
        array(root, "visits", set.visits(), AggregateWriter::visit);
        array(root, "meetings", set.meetings(), AggregateWriter::meeting);
        array(root, "instruments", set.instruments(), AggregateWriter::instrument);
        array(root, "invitations", set.invitations(), AggregateWriter::invitation);
        array(root, "events", set.events(), AggregateWriter::event);
        return root;
    }

    /** Every top-level array is written, empty or not, so that each file shows the whole shape of the format. */
    private static <A extends Aggregate<?, A>> void array(ObjectNode root, String name, List<A> records,
                                                         Function<A, JsonFields> write) {
        ArrayNode array = root.putArray(name);
        records.stream().sorted(Comparator.comparing((A a) -> a.id().value()))
                .forEach(a -> array.add(write.apply(a).node()));
    }
}
