package org.entente.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each layering rule, run against a fixture that breaks it, must fail: a rule that cannot fail guards nothing. */
class RulesCatchViolationsTest {
    private static final String FIXTURE = "org.entente.archfixture";
    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURE);
    }

    private static void failsOn(ArchRule rule, String offender) {
        assertThatThrownBy(() -> rule.check(fixtures)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(offender)
                .hasMessageNotContaining("failed to check any classes");
    }

    @Test
    void a_domain_class_using_spring_is_caught() {
        failsOn(HexagonRules.domainDependsOnJavaOnly(FIXTURE + ".domain.."), "SpringAwareTreaty");
    }

    @Test
    void an_application_class_using_spring_is_caught() {
        failsOn(HexagonRules.applicationDependsOnDomainAndJavaOnly(FIXTURE + ".application..", FIXTURE + ".domain.."),
                "TreatyService");
    }

    @Test
    void an_in_port_exposing_an_out_port_is_caught() {
        failsOn(HexagonRules.inPortsDoNotDependOnOutPorts(FIXTURE + ".application.port.in..",
                FIXTURE + ".application.port.out.."), "LeakyUseCase");
    }

    @Test
    void an_adapter_calling_a_service_is_caught() {
        failsOn(HexagonRules.adaptersReachTheCoreOnlyThroughPorts(FIXTURE + ".adapter..",
                FIXTURE + ".application.service.."), "ShortcutController");
    }

    @Test
    void an_adapter_reaching_into_another_is_caught() {
        failsOn(HexagonRules.adaptersAreIndependent(FIXTURE + ".adapter.one..", FIXTURE + ".adapter.two.."),
                "ShortcutController");
    }

    @Test
    void configuration_outside_the_composition_root_is_caught() {
        failsOn(HexagonRules.configurationOnlyIn(FIXTURE + ".bootstrap.."), "ShortcutController");
        failsOn(HexagonRules.beanMethodsOnlyIn(FIXTURE + ".bootstrap.."), "treatyService");
    }

    @Test
    void a_composition_root_naming_a_store_is_caught() {
        failsOn(HexagonRules.compositionRootNamesNoStore(FIXTURE + ".bootstrap..", FIXTURE + ".adapter.two.."),
                "StoreNamingRoot");
    }

    @Test
    void a_bson_type_outside_the_mongodb_adapter_is_caught() {
        failsOn(HexagonRules.mongoStaysIn(FIXTURE + ".adapter.mongodb..", FIXTURE + ".bootstrap.storage.."), "BsonLeak");
    }

    @Test
    void a_jdbc_type_outside_the_postgresql_adapter_is_caught() {
        failsOn(HexagonRules.jdbcStaysIn(FIXTURE + ".adapter.postgresql..", FIXTURE + ".bootstrap.storage.."),
                "JdbcLeak");
    }
}
