package org.entente.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon's rules over the production classes of every module. */
class LayeringTest {
    static final String[] ADAPTERS = {"org.entente.graphql..", "org.entente.storage.mongodb..",
            "org.entente.storage.memory..", "org.entente.storage.postgresql..", "org.entente.dataset.."};

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.entente");
    }

    @Test
    void the_domain_depends_on_java_only() {
        HexagonRules.domainDependsOnJavaOnly("org.entente.domain..").check(production);
    }

    @Test
    void the_application_depends_on_the_domain_and_java_only() {
        HexagonRules.applicationDependsOnDomainAndJavaOnly("org.entente.application..", "org.entente.domain..")
                .check(production);
    }

    @Test
    void in_ports_never_depend_on_out_ports() {
        HexagonRules.inPortsDoNotDependOnOutPorts("org.entente.application.port.in..",
                "org.entente.application.port.out..").check(production);
    }

    @Test
    void adapters_reach_the_core_only_through_ports() {
        for (String adapter : ADAPTERS) {
            HexagonRules.adaptersReachTheCoreOnlyThroughPorts(adapter, "org.entente.application.service..")
                    .check(production);
        }
    }

    @Test
    void no_adapter_depends_on_another() {
        HexagonRules.adaptersAreIndependent(ADAPTERS).check(production);
    }

    @Test
    void spring_configuration_lives_in_bootstrap_only() {
        HexagonRules.configurationOnlyIn("org.entente.bootstrap..", "org.entente.storage.*.boot..").check(production);
        HexagonRules.beanMethodsOnlyIn("org.entente.bootstrap..", "org.entente.storage.*.boot..").check(production);
    }

    @Test
    void the_composition_root_names_no_store() {
        HexagonRules.compositionRootNamesNoStore("org.entente.bootstrap..", "org.entente.storage..").check(production);
    }

    @Test
    void mongodb_types_stay_in_the_mongodb_adapter() {
        HexagonRules.mongoStaysIn("org.entente.storage.mongodb..").check(production);
    }

    @Test
    void jdbc_types_stay_in_the_postgresql_adapter() {
        HexagonRules.jdbcStaysIn("org.entente.storage.postgresql..").check(production);
    }
}
