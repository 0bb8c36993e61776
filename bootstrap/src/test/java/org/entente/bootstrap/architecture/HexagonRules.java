package org.entente.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The layering rules, each a function of the packages it guards, so that a test can run the same rule against
 * a deliberately violating fixture and watch it fail.
 */
final class HexagonRules {
    private HexagonRules() {
    }

    /** The model depends on the JDK and itself only. */
    static ArchRule domainDependsOnJavaOnly(String domain) {
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage(domain, "java..")
                .because("the domain is plain Java with no dependencies");
    }

    /** The use cases depend on the model, themselves and the JDK only. */
    static ArchRule applicationDependsOnDomainAndJavaOnly(String application, String domain) {
        return classes().that().resideInAPackage(application)
                .should().onlyDependOnClassesThat().resideInAnyPackage(application, domain, "java..")
                .because("use cases are plain Java behind ports");
    }

    /** The driving ports never see the driven ones. */
    static ArchRule inPortsDoNotDependOnOutPorts(String portIn, String portOut) {
        return noDependency(portIn, "port.in never depends on port.out", portOut);
    }

    /** Adapters call use cases through their ports, never the services that implement them. */
    static ArchRule adaptersReachTheCoreOnlyThroughPorts(String adapters, String services) {
        return noDependency(adapters, "adapters reach the core only through ports", services);
    }

    /** No adapter depends on another adapter. */
    static ArchRule adaptersAreIndependent(String... adapters) {
        List<ArchRule> rules = new ArrayList<>();
        for (String adapter : adapters) {
            String[] others = Arrays.stream(adapters).filter(a -> !a.equals(adapter)).toArray(String[]::new);
            rules.add(noDependency(adapter, "one adapter must be replaceable without touching another", others));
        }
        return CompositeArchRule.of(rules);
    }

    /**
     * Spring configuration lives in the composition root, and in the auto-configuration a store adapter plugs itself
     * in with ({@code places}: the root, then each adapter's {@code boot} package).
     */
    static ArchRule configurationOnlyIn(String... places) {
        return noClasses().that().resideOutsideOfPackages(places)
                .should().beAnnotatedWith("org.springframework.context.annotation.Configuration")
                .orShould().beAnnotatedWith("org.springframework.boot.autoconfigure.SpringBootApplication")
                .orShould().beAnnotatedWith("org.springframework.boot.autoconfigure.AutoConfiguration")
                .because("configuration (Spring beans) lives only in bootstrap and in a store's auto-configuration");
    }

    /** No @Bean method outside the composition root and the stores' auto-configurations. */
    static ArchRule beanMethodsOnlyIn(String... places) {
        return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
                .that().areDeclaredInClassesThat().resideOutsideOfPackages(places)
                .should().beAnnotatedWith("org.springframework.context.annotation.Bean")
                .because("configuration (Spring beans) lives only in bootstrap and in a store's auto-configuration");
    }

    /** The composition root names no store: every store plugs itself in, and the root takes whichever is chosen. */
    static ArchRule compositionRootNamesNoStore(String compositionRoot, String stores) {
        return noDependency(compositionRoot,
                "a team adds a store with a dependency and a property, not with a change to bootstrap", stores);
    }

    /** Spring Data, the MongoDB driver and BSON stay inside the MongoDB adapter. */
    static ArchRule mongoStaysIn(String... mongoAdapter) {
        return staysIn(mongoAdapter, "no Spring Data, MongoDB or BSON type is visible outside the MongoDB adapter",
                "org.springframework.data..", "com.mongodb..", "org.bson..", "de.bwaldvogel..");
    }

    /** JDBC, Spring's JDBC support, the PostgreSQL driver, HikariCP and Flyway stay inside the PostgreSQL adapter. */
    static ArchRule jdbcStaysIn(String... postgresAdapter) {
        return staysIn(postgresAdapter,
                "no JDBC, PostgreSQL, pool or migration type is visible outside the PostgreSQL adapter",
                "java.sql..", "javax.sql..", "org.springframework.jdbc..", "org.postgresql..", "com.zaxxer.hikari..",
                "org.flywaydb..");
    }

    /** No class of {@code from} depends on a class of any of {@code on}. */
    private static ArchRule noDependency(String from, String because, String... on) {
        return noClasses().that().resideInAPackage(from)
                .should().dependOnClassesThat().resideInAnyPackage(on)
                .because(because);
    }

    /** The types of {@code packages} are seen only inside {@code places}. */
    private static ArchRule staysIn(String[] places, String because, String... packages) {
        return noClasses().that().resideOutsideOfPackages(places)
                .should().dependOnClassesThat().resideInAnyPackage(packages)
                .because(because);
    }
}
