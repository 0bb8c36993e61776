package org.entente.bootstrap.console;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.entente.application.port.out.RunningStore;
import org.entente.application.port.out.Storage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Logs the {@link ReadyBlock} once the service is ready to answer (after the data set files are loaded). */
@Component
@ConditionalOnWebApplication
class ReadyReport implements ApplicationListener<ApplicationReadyEvent> {
    private static final Log log = LogFactory.getLog(ReadyReport.class);

    private final Storage storage;
    private final ObjectProvider<RunningStore> store;

    ReadyReport(Storage storage, ObjectProvider<RunningStore> store) {
        this.storage = storage;
        this.store = store;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        Environment environment = event.getApplicationContext().getEnvironment();
        String host = environment.getProperty("server.address", "localhost");
        String scheme = environment.getProperty("server.ssl.enabled", "false").equalsIgnoreCase("true") ? "https"
                : "http";
        String base = scheme + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + web.getWebServer().getPort() + environment.getProperty("server.servlet.context-path", "")
                .replaceAll("/$", "");
        RunningStore running = store.getIfUnique();
        ReadyBlock block = new ReadyBlock(base, environment.getProperty("spring.graphql.http.path", "/graphql"),
                environment.getProperty("spring.graphql.websocket.path"),
                environment.getProperty("entente.graphiql.enabled", Boolean.class, true),
                running != null ? running.description() : "?", ReadyBlock.counts(storage));
        log.info(block.text());
    }
}
