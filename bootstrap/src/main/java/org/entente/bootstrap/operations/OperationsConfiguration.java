package org.entente.bootstrap.operations;

import com.mongodb.ContextProvider;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import org.entente.application.port.out.RunningStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.observability.ContextProviderFactory;
import org.springframework.data.mongodb.observability.MongoObservationCommandListener;

/**
 * What an operator watches (docs/operations.md, "Health, metrics, traces and logs"): the store's health, and the
 * MongoDB driver's commands as spans of the request that sent them when traces are exported.
 */
@Configuration(proxyBeanMethods = false)
public class OperationsConfiguration {

    /** Named {@code store} in the health groups: readiness includes it, liveness does not. */
    @Bean(destroyMethod = "close")
    StoreHealth storeHealthIndicator(ObjectProvider<RunningStore> store,
                                     @Value("${entente.health.store-timeout:3s}") Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalStateException("entente.health.store-timeout=" + timeout + " is not a positive duration");
        }
        // looked up when asked, so that an unknown store's one-line refusal at start stays StoreConfiguration's
        return new StoreHealth(store::getIfUnique, timeout);
    }

    /** Every MongoDB command a span (only while traces go somewhere: it costs an observation per command). */
    @Bean
    @ConditionalOnBooleanProperty(TracingWhenExported.ENABLED)
    MongoObservationCommandListener mongoCommandSpans(ObservationRegistry observations) {
        return new MongoObservationCommandListener(observations);
    }

    /** The request's observation handed to the driver, so that a command's span is a child of the request's. */
    @Bean
    @ConditionalOnBooleanProperty(TracingWhenExported.ENABLED)
    ContextProvider mongoTraceContext(ObservationRegistry observations) {
        return ContextProviderFactory.create(observations);
    }
}
