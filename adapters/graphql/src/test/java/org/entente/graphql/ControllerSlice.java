package org.entente.graphql;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** A test of a {@link ControllerSliceTest} slice: the tester that sends it documents. */
public abstract class ControllerSlice {
    @Autowired
    protected GraphQlTester graphQlTester;
}
