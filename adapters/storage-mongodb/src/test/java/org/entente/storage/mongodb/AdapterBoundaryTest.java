package org.entente.storage.mongodb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The adapter shows the composition root six classes and nothing of its documents or mappers, so that no
 * Spring Data, MongoDB or BSON type reaches the rest of the service through it.
 */
class AdapterBoundaryTest {
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.entente.storage.mongodb");

    @Test
    void onlyTheEntryPointsArePublic() {
        classes().that().arePublic().should().haveSimpleName("MongoStorage")
                .orShould().haveSimpleName("MongoIndexes")
                .orShould().haveSimpleName("EmbeddedMongo")
                .orShould().haveSimpleName("MongoCommandCounter")
                .orShould().haveSimpleName("MongoChangeFeed")
                .orShould().haveSimpleName("DataFileRefusedException")
                .orShould().haveSimpleName("IndexedQueries")
                .orShould().haveFullyQualifiedName(IndexedQueries.Shape.class.getName())
                .orShould().resideInAPackage("org.entente.storage.mongodb.boot")
                .because("documents, mappers and the per-port stores stay inside the adapter")
                .check(ADAPTER);
    }

    @Test
    void noPublicMethodHandsOutADocument() {
        methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("other than a document",
                        type -> !type.isAssignableTo(StoredDocument.class)))
                .check(ADAPTER);
    }
}
