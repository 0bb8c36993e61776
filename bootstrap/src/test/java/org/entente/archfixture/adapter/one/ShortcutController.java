package org.entente.archfixture.adapter.one;

import org.entente.archfixture.adapter.two.BsonLeak;
import org.entente.archfixture.application.service.TreatyService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Violates on purpose: calls a service, reaches into another adapter, and configures beans outside bootstrap. */
@Configuration
public class ShortcutController {
    private final TreatyService service = new TreatyService();
    private final BsonLeak other = new BsonLeak();

    @Bean
    public TreatyService treatyService() {
        return service;
    }

    public BsonLeak other() {
        return other;
    }
}
