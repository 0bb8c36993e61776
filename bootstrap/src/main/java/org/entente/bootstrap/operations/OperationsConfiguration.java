package org.entente.bootstrap.operations;

import java.time.Duration;
import org.entente.application.port.out.RunningStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What an operator watches (docs/operations.md, "Health, metrics, traces and logs"): the store's health. (The
 * MongoDB driver's spans are the MongoDB adapter's own, in its auto-configuration.)
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
}
