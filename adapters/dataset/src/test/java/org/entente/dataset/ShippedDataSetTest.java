package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.domain.common.Aggregate;
import org.entente.domain.source.Citation;
import org.entente.application.dataset.DataSet;
import org.entente.application.dataset.DataSets;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.storage.memory.InMemoryStorage;
import org.junit.jupiter.api.Test;

/** The Vietnam–Japan file that ships with the service: readable, importable, faithful to its sources. */
class ShippedDataSetTest {
    /** The five articles the data set is curated from, beside the repository (module dir, then up three). */
    static final Path SEEDS = Path.of("../../../shared/seeds");

    private final DataSet set = ShippedDataSet.read(new DataSetReader());

    @Test
    void reads_without_problems_into_every_kind_of_record() {
        assertThat(List.of(set.sources().size(), set.organizations().size(), set.persons().size(),
                set.relations().size(), set.mechanisms().size(), set.visits().size(), set.meetings().size(),
                set.instruments().size(), set.invitations().size(), set.events().size()))
                .containsExactly(5, 14, 21, 1, 3, 2, 18, 5, 2, 8);
    }

    @Test
    void passes_the_checks_the_import_makes_across_records() {
        assertThat(DataSets.inspect(set, InMemoryStorage.empty())).isEmpty();
    }

    @Test
    void every_quote_stands_verbatim_in_the_text_of_its_source() {
        Map<SourceId, Source> sources = set.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
        List<Object> records = allRecords();
        int quotes = 0;
        for (Object record : records) {
            for (Citation citation : ((Aggregate<?, ?>) record).citations()) {
                Source source = sources.get(citation.evidence().source());
                assertThat(source).as("source of %s in %s", citation.field(), record).isNotNull();
                assertThat(source.text()).contains(citation.evidence().quote());
                assertThat(source.attests(citation.evidence())).isTrue();
                quotes++;
            }
        }
        assertThat(quotes).isPositive();
    }

    @Test
    void every_record_but_a_source_carries_evidence() {
        for (Object record : allRecords()) {
            if (!(record instanceof Source)) {
                assertThat(((Aggregate<?, ?>) record).citations()).as("evidence of %s", record).isNotEmpty();
            }
        }
    }

    @Test
    void every_source_text_is_its_seed_file_byte_for_byte() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "the seed articles are not at " + SEEDS.toAbsolutePath().normalize()
                + "; skipping only the comparison of source texts with them");
        List<String> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
        assertThat(set.sources()).extracting(s -> s.id().value() + ".txt").containsExactlyInAnyOrderElementsOf(seeds);
        for (Source source : set.sources()) {
            byte[] seed = Files.readAllBytes(SEEDS.resolve(source.id().value() + ".txt"));
            assertThat(source.text().getBytes(StandardCharsets.UTF_8)).as(source.id().value()).isEqualTo(seed);
        }
    }

    @Test
    void is_stored_exactly_as_the_writer_writes_it() throws IOException {
        byte[] shipped;
        try (InputStream in = ShippedDataSet.open()) {
            shipped = in.readAllBytes();
        }
        assertThat(new String(new DataSetWriter().write(set), StandardCharsets.UTF_8))
                .isEqualTo(new String(shipped, StandardCharsets.UTF_8));
    }

    private List<Object> allRecords() {
        List<Object> all = new ArrayList<>();
        Stream.of(set.sources(), set.organizations(), set.persons(), set.relations(), set.mechanisms(), set.visits(),
                set.meetings(), set.instruments(), set.invitations(), set.events()).forEach(all::addAll);
        return all;
    }
}
