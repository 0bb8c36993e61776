package org.entente.storage.mongodb;

import com.mongodb.MongoException;
import com.mongodb.ReadConcern;
import com.mongodb.TransactionOptions;
import com.mongodb.WriteConcern;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.data.mongodb.MongoTransactionManager;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Units of work on a MongoDB replica set (or sharded cluster): each is a multi-document transaction, read at a
 * snapshot, committed with a journaled majority write concern, and run again (up to {@value #ATTEMPTS} times) when
 * the server labels its failure transient, as a write conflict with a concurrent unit is; a commit whose result is
 * unknown is committed again, never run again. A single write outside a unit is atomic on its own and needs
 * nothing more.
 */
final class ServerTransactions implements WriteUnits {
    static final int ATTEMPTS = 5;
    private final TransactionTemplate transactions;

    private ServerTransactions(TransactionTemplate transactions) {
        this.transactions = transactions;
    }

    /** The units of the deployment {@code mongo} is connected to, refused at once if it cannot run transactions. */
    static ServerTransactions of(MongoTemplate mongo) {
        requireTransactions(mongo);
        TransactionOptions options = TransactionOptions.builder().readConcern(ReadConcern.SNAPSHOT)
                .writeConcern(WriteConcern.MAJORITY.withJournal(true)).build();
        return new ServerTransactions(new TransactionTemplate(new CommitRetrying(mongo, options)));
    }

    @Override
    public <T> T inOne(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (RuntimeException failed) {
                if (attempt == ATTEMPTS || !passing(failed)) {
                    throw failed;
                }
            }
        }
    }

    @Override
    public <T> T write(Supplier<T> write) {
        return write.get();
    }

    private static boolean passing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoException mongo
                    && mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)) {
                return true;
            }
        }
        return false;
    }

    /** A standalone server has no multi-document transactions: say so in one line rather than half-write later. */
    private static void requireTransactions(MongoTemplate mongo) {
        Document hello = mongo.executeCommand(new Document("hello", 1));
        boolean replicaSet = hello.get("setName") != null;
        boolean sharded = "isdbgrid".equals(hello.get("msg"));
        if (!replicaSet && !sharded) {
            throw new IllegalStateException("the MongoDB server is a standalone one, without the multi-document "
                    + "transactions that keep a record, its revision and its receipt together: run it as a replica set "
                    + "(one member is enough: mongod --replSet rs0, then rs.initiate() in mongosh)");
        }
    }

    /** Commits again, rather than failing, when the server could not tell whether a commit took effect. */
    private static final class CommitRetrying extends MongoTransactionManager {
        CommitRetrying(MongoTemplate mongo, TransactionOptions options) {
            super(mongo.getMongoDatabaseFactory(), options);
        }

        @Override
        protected void doCommit(MongoTransactionObject transaction) throws Exception {
            for (int attempt = 1; ; attempt++) {
                try {
                    transaction.commitTransaction();
                    return;
                } catch (MongoException unknown) {
                    if (attempt == ATTEMPTS
                            || !unknown.hasErrorLabel(MongoException.UNKNOWN_TRANSACTION_COMMIT_RESULT_LABEL)) {
                        throw unknown;
                    }
                }
            }
        }
    }
}
