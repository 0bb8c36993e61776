package org.entente.graphql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.entente.graphql.fake.FakeUseCases;
import org.entente.graphql.load.RecordLoaders;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A GraphQL slice with the controllers {@code value} names, the data loaders and the read use cases over the
 * samples ({@link FakeUseCases}); the test extends {@link ControllerSlice} for the tester.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GraphQlTest
@Import({RecordLoaders.class, FakeUseCases.class})
public @interface ControllerSliceTest {
    @AliasFor(annotation = GraphQlTest.class, attribute = "controllers")
    Class<?>[] value();
}
