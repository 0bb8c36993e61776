package org.entente.bootstrap;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Entente: the only place where adapters and use cases are put together. It scans the GraphQL adapter's
 * controllers; the store and the use cases are created by the configurations of this package. Boot's own MongoDB
 * client and template are left out because the storage wiring builds them itself (it may start the server first).
 */
@SpringBootApplication(scanBasePackages = {"org.entente.bootstrap", "org.entente.graphql"},
        excludeName = {"org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
                "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration",
                "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
                "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
                "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration",
                "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveRepositoriesAutoConfiguration",
                // keys are configured as entente.security.api-keys, never as a generated user and password
                "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
public class EntenteApplication {
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(EntenteApplication.class);
        boolean exporting = Arrays.stream(args).anyMatch(arg -> arg.startsWith("--entente.export="));
        if (exporting) {
            // an export writes a file and exits: no web server, so it never competes for the service's port
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        ConfigurableApplicationContext context = application.run(args);
        if (exporting) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
