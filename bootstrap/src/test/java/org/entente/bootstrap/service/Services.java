package org.entente.bootstrap.service;

import java.util.ArrayList;
import java.util.List;
import org.entente.bootstrap.EntenteApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the service in this JVM without a web server, as {@code java -jar} would with the same arguments. */
final class Services {
    private Services() {
    }

    static ConfigurableApplicationContext start(String... arguments) {
        List<String> args = new ArrayList<>(List.of("--spring.mongodb.uri=", "--spring.main.banner-mode=off"));
        args.addAll(List.of(arguments));
        return new SpringApplicationBuilder(EntenteApplication.class)
                .web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }
}
