package org.entente.graphql.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.graphql.WholeSchemaTest;
import org.entente.graphql.fake.FakeUseCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.SchemaReport;

/** Fails the build when a field or argument of the schema is mapped to nothing, or a mapping to no field. */
@WholeSchemaTest
@Import(FakeUseCases.class)
class SchemaMappingInspectionTest {
    @Autowired
    SchemaMappingReport inspection;

    @Test
    void every_field_and_argument_is_mapped() {
        SchemaReport report = inspection.report();
        assertThat(report).as("the schema was inspected").isNotNull();
        assertThat(report.unmappedFields()).as(report.toString()).isEmpty();
        assertThat(report.unmappedArguments()).as(report.toString()).isEmpty();
        assertThat(report.unmappedRegistrations()).as(report.toString()).isEmpty();
    }

    @Test
    void every_type_was_inspected() {
        SchemaReport report = inspection.report();
        assertThat(report.skippedTypes()).as(report.toString()).isEmpty();
    }
}
