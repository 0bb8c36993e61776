package org.entente.graphql.graphiql;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

/** With {@code entente.graphiql.enabled=false}, as in production, there is no GraphiQL page. */
@WebMvcTest(controllers = {GraphiqlPage.class, GraphiqlAssets.class}, properties = "entente.graphiql.enabled=false")
class GraphiqlOffTest {
    @Autowired
    MockMvc mvc;

    @Test
    void there_is_no_page() throws Exception {
        mvc.perform(get("/graphiql")).andExpect(status().isNotFound());
        mvc.perform(get("/graphiql/assets/" + GraphiqlAssets.hash(new byte[0]) + "/favicon.svg"))
                .andExpect(status().isNotFound());
    }
}
