package org.entente.graphql;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration the adapter's slice tests start from; the real one lives in bootstrap. */
@SpringBootApplication
public class GraphQlTestApplication {
}
