package org.entente.graphql.error;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/** What ends a subscription, classified as {@link GraphQlErrors} classifies what a field throws. */
@Component
public class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {
    @Override
    protected GraphQLError resolveToSingleError(Throwable thrown) {
        return GraphQlErrors.classify(thrown, GraphqlErrorBuilder.newError(), "a subscription");
    }
}
