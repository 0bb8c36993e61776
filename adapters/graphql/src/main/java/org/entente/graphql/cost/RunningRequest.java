package org.entente.graphql.cost;

import graphql.ExecutionInput;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One request while it runs: its limits, its caller's budget, its client's connection, and what it has cost so
 * far. Everything that does work on its behalf (a field, a data loader) asks {@link #checkpoint()} first; once the
 * request is past its time, past its size or without its client, it is stopped: graphql-java fetches no further
 * field and completes no further object (CostInstrumentation aborts them), and its loaders call no use case and
 * answer nothing ({@code RecordLoaders}).
 */
public final class RunningRequest implements InstrumentationState {
    /** Its key in the request's {@link GraphQLContext}. */
    public static final String KEY = RunningRequest.class.getName();

    /** How often the client's connection is looked at while the request runs. */
    static final long PROBE_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /** How the request came. */
    public enum Transport { HTTP, WEBSOCKET, UNKNOWN }

    /** Why a request was stopped. */
    enum Stop { TIME_LIMIT, RESPONSE_TOO_LARGE, CLIENT_GONE }

    private final RequestLimits limits;
    /** The time limit in nanoseconds, as {@link #checkpoint()} compares it at every field. */
    private final long timeLimitNanos;
    private final Budget budget;
    private final ClientConnection connection;
    private final Transport transport;
    private final LongSupplier nanoTime;
    private final AtomicLong objects = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile long startedAt;
    private volatile boolean timed = true;
    private volatile long nextProbe;
    private volatile ExecutionInput input;
    private volatile Stop stopped;
    private volatile DocumentMeasure measure;
    private volatile long reserved;
    private volatile boolean ran;
    private volatile Duration retryAfter;

    /** {@code budget} may be null: the caller then spends without limit. */
    public RunningRequest(RequestLimits limits, Budget budget, ClientConnection connection, Transport transport,
                          LongSupplier nanoTime) {
        this.limits = limits;
        this.timeLimitNanos = limits.timeLimit().toNanos();
        this.budget = budget;
        this.connection = connection == null ? ClientConnection.ALWAYS_OPEN : connection;
        this.transport = transport;
        this.nanoTime = nanoTime;
        this.startedAt = nanoTime.getAsLong();
        this.nextProbe = startedAt + PROBE_INTERVAL_NANOS;
    }

    /** The request a GraphQL context belongs to, if it runs under these limits. */
    public static Optional<RunningRequest> in(Object context) {
        return context instanceof GraphQLContext graphQl && graphQl.get(KEY) instanceof RunningRequest running
                ? Optional.of(running) : Optional.empty();
    }

    /** Starts the clock on the execution that {@code input} describes. */
    void start(ExecutionInput input) {
        this.input = input;
        this.startedAt = nanoTime.getAsLong();
        if (stopped != null) {
            input.cancel();
        }
    }

    /** A subscription lives as long as its client keeps it: no time limit, only its client's connection. */
    void untimed() {
        timed = false;
    }

    void measured(DocumentMeasure measure) {
        this.measure = measure;
    }

    /**
     * Reserves the estimated cost from the caller's budget, and lets the request run; false, with
     * {@link #retryAfter()}, if the budget holds less.
     */
    boolean reserve(long points) {
        if (budget != null) {
            if (!budget.reserve(points)) {
                retryAfter = budget.until(points);
                return false;
            }
            reserved = points;
        }
        ran = true;
        return true;
    }

    /**
     * Whether the request may go on; stops it if it is past its time or its client has gone. Cheap enough to be
     * asked at every field.
     */
    public boolean checkpoint() {
        if (stopped != null) {
            return false;
        }
        long now = nanoTime.getAsLong();
        if (timed && now - startedAt > timeLimitNanos) {
            stop(Stop.TIME_LIMIT);
        } else if (now - nextProbe > 0) {
            nextProbe = now + PROBE_INTERVAL_NANOS;
            if (connection.isGone()) {
                stop(Stop.CLIENT_GONE);
            }
        }
        return stopped == null;
    }

    boolean objectReached() {
        objects.incrementAndGet();
        return checkpoint();
    }

    void bytesWritten(long count) {
        if (timed && bytes.addAndGet(count) > limits.maxResponseBytes()) {
            stop(Stop.RESPONSE_TOO_LARGE);
        }
    }

    private void stop(Stop why) {
        if (stopped == null) {
            stopped = why;
            ExecutionInput running = input;
            if (running != null) {
                // Not cancelled through graphql-java: its cancellation throws, at every object still to complete, an
                // exception that fills in its stack, and a level of a deep request holds hundreds of thousands of
                // them; CostInstrumentation throws one without a stack instead (Stopped). Loads already queued
                // would wait for the rest of their level, which is never fetched: the request would hang
                // unanswered. Dispatched now, each calls nothing and answers nothing.
                running.getDataLoaderRegistry().dispatchAll();
            }
        }
    }

    /** Whether the request has been stopped: nothing more is to be loaded for it. */
    public boolean isStopped() {
        return stopped != null;
    }

    Transport transport() {
        return transport;
    }

    RequestLimits limits() {
        return limits;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The whole seconds to wait before the budget holds the request's cost, at least one. */
    Optional<Long> retryAfterSeconds() {
        return retryAfter().map(wait -> Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    /** The error a stopped request answers with, naming the limit that stopped it. */
    GraphQLError stoppedError() {
        return switch (stopped) {
            case TIME_LIMIT -> LimitErrors.limit(LimitErrors.TIME_LIMIT_EXCEEDED, "time-limit",
                    limits.timeLimit().toMillis(), TimeUnit.NANOSECONDS.toMillis(nanoTime.getAsLong() - startedAt),
                    "The request ran longer than the " + limits.timeLimit().toMillis() + " ms it may take and was "
                            + "stopped (entente.limits.time-limit); ask for fewer or smaller pages");
            case RESPONSE_TOO_LARGE -> LimitErrors.limit(LimitErrors.RESPONSE_TOO_LARGE, "max-response-size",
                    limits.maxResponseBytes(), bytes.get(), "The answer grew past the " + limits.maxResponseBytes()
                            + " bytes it may hold and was not sent (entente.limits.max-response-size); ask for "
                            + "fewer or smaller pages");
            case CLIENT_GONE -> LimitErrors.refusal("CLIENT_GONE", "The client closed its connection");
        };
    }

    /** What the request is estimated to cost: its measure, or the one point of any request. */
    long estimatedCost() {
        return measure == null ? 1 : measure.estimatedCost();
    }

    /** What it cost: the one point of any request, one per object it returned, and each mutation's points. */
    long actualCost() {
        if (!ran) {
            return 1;
        }
        if (!timed) {
            return measure.estimatedCost();
        }
        return 1 + objects.get() + (long) DocumentMeasure.MUTATION_POINTS * measure.mutations();
    }

    /**
     * Settles the caller's budget with what the request cost and reports both figures, with what the caller has
     * left where it has a budget: Shopify's {@code extensions.cost}.
     */
    Map<String, Object> settle() {
        long actual = actualCost();
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("requestedQueryCost", estimatedCost());
        cost.put("actualQueryCost", actual);
        if (budget != null) {
            budget.settle(reserved, actual);
            Budget.Status status = budget.status();
            Map<String, Object> throttle = new LinkedHashMap<>();
            throttle.put("maximumAvailable", status.maximumAvailable());
            throttle.put("currentlyAvailable", status.currentlyAvailable());
            throttle.put("restoreRate", status.restoreRate());
            throttle.put("fullAt", status.fullAt().toString());
            cost.put("throttleStatus", throttle);
        }
        return cost;
    }

    /**
     * Thrown where a stopped request would go on: graphql-java ends an execution so aborted with its errors, and,
     * without a stack to fill in, throwing it at every object still to complete costs next to nothing.
     */
    static final class Stopped extends graphql.execution.AbortExecutionException {
        Stopped() {
            super("the request was stopped");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
