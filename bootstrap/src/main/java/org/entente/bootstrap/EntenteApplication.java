package org.entente.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts Entente: the only place where adapters and use cases are put together. */
@SpringBootApplication
public class EntenteApplication {
    public static void main(String[] args) {
        SpringApplication.run(EntenteApplication.class, args);
    }
}
