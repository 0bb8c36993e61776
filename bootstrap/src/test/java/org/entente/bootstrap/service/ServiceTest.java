package org.entente.bootstrap.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.entente.bootstrap.EntenteApplication;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on a random port, as {@code java -jar} runs it but on the embedded server's memory backend
 * (and never on a server a {@code MONGODB_URI} names), so it starts with the shipped data set loaded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = EntenteApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mongodb.uri=", "entente.storage.embedded.backend=memory"})
public @interface ServiceTest {
}
