package org.entente.storage.mongodb.boot;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * Before the service builds on a configured MongoDB server, one {@code ping} that must be answered within
 * {@value #SETTING} (default 5 s): the driver itself would wait its server selection timeout (30 s) for every
 * command of the start (the indexes, the seeding) and fail after 40 s or more in a trace. Its refusal names the
 * hosts of the connection string, never its user or password.
 */
final class ServerReach {
    static final String SETTING = "entente.storage.mongodb.start-timeout";
    static final Duration DEFAULT = Duration.ofSeconds(5);

    private ServerReach() {
    }

    static void await(ConnectionString connection, String database, Duration within) {
        String hosts = String.join(",", connection.getHosts());
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(connection)
                .applicationName("entente-start-check")
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(within.toMillis(),
                        TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout((int) within.toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) within.toMillis(), TimeUnit.MILLISECONDS))
                .build();
        try (MongoClient client = MongoClients.create(settings)) {
            client.getDatabase(database).runCommand(new Document("ping", 1));
        } catch (MongoSecurityException e) {
            throw new StoreSettingException("the MongoDB server at " + hosts + " refused the credentials of "
                    + "spring.mongodb.uri (or MONGODB_URI)" + user(connection) + ": check the user, the password and "
                    + "the authentication database (authSource)", e);
        } catch (MongoTimeoutException e) {
            throw new StoreSettingException("no MongoDB server answered at " + hosts + " (spring.mongodb.uri or "
                    + "MONGODB_URI) within " + within.toMillis() / 1000.0 + " s (" + SETTING + "): check the host, "
                    + "the port and that the server runs" + (connection.getRequiredReplicaSetName() != null
                    ? " as the replica set " + connection.getRequiredReplicaSetName() : ""), e);
        } catch (MongoException e) {
            throw new StoreSettingException("the MongoDB server at " + hosts + " (spring.mongodb.uri or MONGODB_URI) "
                    + "could not be used: " + e.getMessage(), e);
        }
    }

    private static String user(ConnectionString connection) {
        return connection.getUsername() == null ? "" : " (user " + connection.getUsername() + ")";
    }
}
