package org.entente.storage.mongodb;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The embedded server has no authentication, so it serves only the process that started it: a client in this
 * process is answered, the same client in another process on the same machine is refused. (Linux, where a
 * connection can be traced to its process.)
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "connections are traced to their process through /proc")
class OtherProcessesTest {
    @Test
    void aClientInThisProcessIsAnsweredAndOneInAnotherProcessIsRefused() throws Exception {
        assertThat(EmbeddedMongo.refusesOtherProcesses()).isTrue();
        try (EmbeddedMongo server = EmbeddedMongo.inMemory();
             MongoConnection connection = MongoConnection.open(server.connectionString(), "entente")) {
            assertThat(connection.mongo().executeCommand(new Document("ping", 1)).get("ok")).isEqualTo(1.0);

            try (JavaProcess other = JavaProcess.start(JavaProcess.Pings.class, server.connectionString())) {
                assertThat(other.awaitLine("")).startsWith("refused: ");
            }

            // and this process is still answered afterwards
            assertThat(connection.mongo().executeCommand(new Document("ping", 1)).get("ok")).isEqualTo(1.0);
        }
    }
}
