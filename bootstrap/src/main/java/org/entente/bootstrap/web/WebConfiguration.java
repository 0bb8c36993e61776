package org.entente.bootstrap.web;

import java.time.Clock;
import org.entente.graphql.cost.Budgets;
import org.entente.graphql.cost.Callers;
import org.entente.graphql.cost.CostInstrumentation;
import org.entente.graphql.cost.CostInterceptor;
import org.entente.graphql.cost.RequestLimits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What a request may cost, wired into the HTTP server and the GraphQL engine: the limits of
 * {@code entente.limits.*} for the adapter's instrumentation and interceptor, each caller's budget, 429 for a
 * caller over budget, queries by GET (never mutations), every body read whole and bounded before anything else
 * sees it, and the client connection a running request looks at.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(LimitsProperties.class)
public class WebConfiguration {
    /** Before Spring Security's filters and every filter that reads a body; after those that only observe. */
    static final int BODY_READING_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    @Bean
    RequestLimits requestLimits(LimitsProperties limits) {
        return limits.requestLimits();
    }

    @Bean
    CostInstrumentation costInstrumentation(RequestLimits limits) {
        return new CostInstrumentation(limits);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1) // after the WebSocket keys (security), which say who the caller is
    CostInterceptor costInterceptor(RequestLimits requestLimits, LimitsProperties limits, ObjectProvider<Callers> callers,
                                    Clock clock) {
        LimitsProperties.Budget budget = limits.budget();
        Budgets budgets = budget.enabled()
                ? new Budgets(budget.capacity(), budget.restoreRate(), budget.maxCallers(), clock) : null;
        return new CostInterceptor(requestLimits, budgets, callers.getIfAvailable(Callers::byAddress));
    }

    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
        return new GraphQlOverHttpHandler(handler);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    QueriesOnlyByGet queriesOnlyByGet() {
        return new QueriesOnlyByGet();
    }

    @Bean
    FilterRegistrationBean<BodyReading> bodyReading(LimitsProperties limits,
                                                    @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        FilterRegistrationBean<BodyReading> registration = new FilterRegistrationBean<>(new BodyReading(
                (int) limits.maxBodySize().toBytes(), limits.bodyReadTimeout(), graphQlPath));
        registration.setOrder(BODY_READING_ORDER);
        registration.setDispatcherTypes(BodyReading.dispatches()[0], BodyReading.dispatches()[1]);
        registration.setAsyncSupported(true);
        return registration;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> wrongRequests(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
                                                 GraphQlHttpHandler graphQl) {
        return WrongRequests.at(graphQlPath, graphQl);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> clientConnections() {
        return factory -> {
            factory.addEngineValves(new ClientConnections());
            factory.addContextCustomizers(context -> ((org.apache.catalina.core.StandardHost) context.getParent())
                    .setErrorReportValveClass(JsonErrorReports.class.getName()));
        };
    }
}
