package org.entente.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One page of a headless Chromium, driven over the Chrome DevTools Protocol with the JDK's WebSocket: navigate,
 * evaluate, wait. It records what the page did since the last navigation: its requests, its console errors and its
 * uncaught exceptions, so that a failing test can show them.
 */
public final class HeadlessChromium implements AutoCloseable {
    public static final String NO_CHROMIUM =
            "no Chromium at /usr/bin/chromium nor on the PATH (apt-get install chromium)";

    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final Path profile;
    private final Deque<String> stderrTail;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> webSockets = new CopyOnWriteArrayList<>();
    private final List<String> exceptions = new CopyOnWriteArrayList<>();
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private volatile String session;

    private HeadlessChromium(Process process, Path profile, Deque<String> stderrTail, URI browser)
            throws InterruptedException, ExecutionException, TimeoutException {
        this.process = process;
        this.profile = profile;
        this.stderrTail = stderrTail;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(browser, new Frames()).get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** For {@code @DisabledIf}: no Chromium here, and ENTENTE_REQUIRE_CHROMIUM=true does not ask for one. */
    public static boolean missingAndOptional() {
        return find().isEmpty() && !"true".equals(System.getenv("ENTENTE_REQUIRE_CHROMIUM"));
    }

    /** Starts the Chromium found here; fails, naming what is missing, when there is none. */
    public static HeadlessChromium startRequired() throws IOException, InterruptedException {
        Path chromium = find().orElseThrow(() -> new IllegalStateException(
                "Chromium is required here (ENTENTE_REQUIRE_CHROMIUM=true), but there is " + NO_CHROMIUM));
        return start(chromium);
    }

    /** Debian's {@code /usr/bin/chromium}, else a {@code chromium} on the PATH. */
    public static Optional<Path> find() {
        Path debian = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(debian)) {
            return Optional.of(debian);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "chromium"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Starts the browser on a fresh profile and opens one blank page to drive. */
    public static HeadlessChromium start(Path executable) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("entente-chromium-");
        Process process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1024", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Deque<String> stderrTail = new ArrayDeque<>();
        CompletableFuture<URI> devtools = new CompletableFuture<>();
        Thread reader = new Thread(() -> readStderr(process, stderrTail, devtools), "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        HeadlessChromium chromium = null;
        try {
            URI browser = devtools.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            chromium = new HeadlessChromium(process, profile, stderrTail, browser);
            chromium.openPage();
            return chromium;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            String message = "Chromium did not start (" + e + "); its last words:\n" + tail(stderrTail);
            if (chromium != null) {
                chromium.close();
            } else {
                kill(process);
                delete(profile);
            }
            throw new IllegalStateException(message, e);
        }
    }

    /** Loads the url in the page, forgetting what the page did before, and waits for the document to complete. */
    public void navigate(String url) {
        requests.clear();
        webSockets.clear();
        exceptions.clear();
        consoleErrors.clear();
        JsonNode result = send("Page.navigate", JSON.createObjectNode().put("url", url));
        if (result.has("errorText")) {
            throw new IllegalStateException("could not open " + url + ": " + result.get("errorText").asString());
        }
        if (!waitFor("document.readyState === 'complete'", COMMAND_TIMEOUT)) {
            throw new IllegalStateException(url + " did not finish loading within " + COMMAND_TIMEOUT);
        }
    }

    /** Forgets the origin's local storage, where an application such as GraphiQL keeps its state. */
    public void clearStorage(String origin) {
        send("Storage.clearDataForOrigin", JSON.createObjectNode().put("origin", origin)
                .put("storageTypes", "local_storage,session_storage,indexeddb,cache_storage"));
    }

    /** The value of a JavaScript expression in the page, awaited when it is a promise; missing when undefined. */
    public JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("the page threw on `" + expression + "`: " + describe(
                    result.get("exceptionDetails")));
        }
        return result.path("result").path("value");
    }

    /** The value of a JavaScript expression as text: a string as it is, anything else as JSON, undefined as "". */
    public String text(String expression) {
        JsonNode value = evaluate(expression);
        return value.isMissingNode() ? "" : value.isString() ? value.asString() : value.toString();
    }

    /** Polls a JavaScript condition until it is truthy or the time is up; an expression that throws counts as false. */
    public boolean waitFor(String condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            try {
                if (evaluate("Boolean(" + condition + ")").asBoolean()) {
                    return true;
                }
            } catch (IllegalStateException stillLoading) {
                // e.g. the context was destroyed by a navigation; try again
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        } while (System.nanoTime() < deadline);
        return false;
    }

    /** Every url the page requested since the last navigation, in order; data: and blob: urls (no network) left out. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Every url the page opened a WebSocket to since the last navigation, in order. */
    public List<String> webSockets() {
        return List.copyOf(webSockets);
    }

    /** The uncaught exceptions of the page since the last navigation. */
    public List<String> exceptions() {
        return List.copyOf(exceptions);
    }

    /** The console errors and error log entries (failed loads among them) since the last navigation. */
    public List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    /** What the page and the browser said, for a failure message. */
    public String diagnostics() {
        return "exceptions: " + exceptions + "\nconsole errors: " + consoleErrors + "\nrequests: " + requests
                + "\nWebSockets: " + webSockets
                + "\nbrowser stderr (tail):\n" + tail(stderrTail);
    }

    /** Closes the browser, kills what is left of its process tree and deletes its profile. */
    @Override
    public void close() {
        try {
            socket.sendText(JSON.createObjectNode().put("id", ids.incrementAndGet()).put("method", "Browser.close")
                    .toString(), true).get(2, TimeUnit.SECONDS);
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException alreadyGone) {
            // kill below
        } finally {
            socket.abort();
            kill(process);
            delete(profile);
        }
    }

    private void openPage() {
        String target = send("Target.createTarget", JSON.createObjectNode().put("url", "about:blank"))
                .get("targetId").asString();
        session = send("Target.attachToTarget", JSON.createObjectNode().put("targetId", target).put("flatten", true))
                .get("sessionId").asString();
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            send(domain + ".enable", JSON.createObjectNode());
        }
    }

    private synchronized JsonNode send(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (session != null && !method.startsWith("Target.")) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            socket.sendText(message.toString(), true).get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return answer.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " was interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " failed: " + e.getMessage() + "\n" + diagnostics(), e);
        } finally {
            pending.remove(id);
        }
    }

    private void receive(String text) {
        JsonNode message = JSON.readTree(text);
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
            if (answer != null && message.has("error")) {
                answer.completeExceptionally(new IllegalStateException(message.get("error").toString()));
            } else if (answer != null) {
                answer.complete(message.path("result"));
            }
            return;
        }
        if (session == null || !session.equals(message.path("sessionId").asString(""))) {
            return;
        }
        JsonNode params = message.path("params");
        switch (message.path("method").asString("")) {
            case "Network.requestWillBeSent" -> {
                String url = params.path("request").path("url").asString();
                if (!url.startsWith("data:") && !url.startsWith("blob:")) {
                    requests.add(url);
                }
            }
            case "Network.webSocketCreated" -> webSockets.add(params.path("url").asString());
            case "Runtime.exceptionThrown" -> exceptions.add(describe(params.path("exceptionDetails")));
            case "Runtime.consoleAPICalled" -> {
                String type = params.path("type").asString();
                if (type.equals("error") || type.equals("assert")) {
                    List<String> args = new ArrayList<>();
                    params.path("args").forEach(arg -> args.add(arg.has("value") ? arg.get("value").asString()
                            : arg.path("description").asString(arg.path("type").asString())));
                    consoleErrors.add("console." + type + ": " + String.join(" ", args));
                }
            }
            case "Log.entryAdded" -> {
                JsonNode entry = params.path("entry");
                if (entry.path("level").asString().equals("error")) {
                    consoleErrors.add(entry.path("source").asString() + ": " + entry.path("text").asString() + " "
                            + entry.path("url").asString(""));
                }
            }
            default -> {
                // not recorded
            }
        }
    }

    private static String describe(JsonNode exceptionDetails) {
        JsonNode exception = exceptionDetails.path("exception");
        return exception.has("description") ? exception.get("description").asString()
                : exceptionDetails.path("text").asString() + " " + exception.path("value").toString();
    }

    private void failPending(Throwable cause) {
        pending.values().forEach(answer -> answer.completeExceptionally(cause));
    }

    /** Collects the frames of a text message, which may come in parts, and hands on each whole message. */
    private final class Frames implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                receive(text.toString());
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            failPending(new IllegalStateException("the browser closed the connection: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            failPending(error);
        }
    }

    private static void readStderr(Process process, Deque<String> tail, CompletableFuture<URI> devtools) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher matcher = DEVTOOLS.matcher(line);
                if (matcher.find()) {
                    devtools.complete(URI.create(matcher.group(1)));
                }
                if (line.isBlank() || line.contains(":ERROR:dbus/")) {
                    continue; // a container has no system bus: noise
                }
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > 20) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException closed) {
            // the browser is gone
        }
        devtools.completeExceptionally(new IllegalStateException("Chromium exited without a DevTools address"));
    }

    private static String tail(Deque<String> tail) {
        synchronized (tail) {
            return String.join("\n", tail);
        }
    }

    private static void kill(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                // nothing more to do for this one
            }
        }
    }

    private static void delete(Path directory) {
        // the browser may still be writing its last files while the walk runs: walk again
        for (int attempt = 1; attempt <= 3 && Files.exists(directory); attempt++) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 3) {
                    throw new IllegalStateException("could not delete the browser profile " + directory, e);
                }
            }
        }
    }
}
