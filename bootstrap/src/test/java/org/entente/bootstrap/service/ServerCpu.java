package org.entente.bootstrap.service;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * The CPU the service spends, read from the JVM the service runs in (the test's own): the time of Tomcat's request
 * threads, which run every GraphQL request, and the time of the whole process, measured over a window.
 */
final class ServerCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ServerCpu() {
    }

    /** What the service spent over {@code window} from now, on its request threads and in all. */
    record Spent(long requestThreadsMillis, long processMillis, long windowMillis) {
        @Override
        public String toString() {
            return requestThreadsMillis + " ms on request threads, " + processMillis + " ms in the process, over "
                    + windowMillis + " ms";
        }
    }

    static Spent over(java.time.Duration window) throws InterruptedException {
        long threadsBefore = requestThreadsNanos();
        long processBefore = processNanos();
        long start = System.nanoTime();
        Thread.sleep(window.toMillis());
        long elapsed = System.nanoTime() - start;
        return new Spent((requestThreadsNanos() - threadsBefore) / 1_000_000,
                (processNanos() - processBefore) / 1_000_000, elapsed / 1_000_000);
    }

    /**
     * Waits, up to {@code most}, for a second in which the request threads spend no more than {@code idleMillis}:
     * the suite keeps other services in this JVM, and a request another test left running (until its own time
     * limit) would be charged to the one measured next.
     */
    static void awaitQuiet(long idleMillis, java.time.Duration most) throws InterruptedException {
        long until = System.nanoTime() + most.toNanos();
        while (over(java.time.Duration.ofSeconds(1)).requestThreadsMillis() > idleMillis && System.nanoTime() < until) {
            // another second
        }
    }

    /**
     * The CPU time of Tomcat's request threads ({@code http-nio-…-exec-…}), alive now: the threads that run requests,
     * not the acceptors and pollers every server of the suite keeps.
     */
    static long requestThreadsNanos() {
        long total = 0;
        for (long id : THREADS.getAllThreadIds()) {
            ThreadInfo info = THREADS.getThreadInfo(id);
            if (info != null && info.getThreadName().startsWith("http-nio") && info.getThreadName().contains("-exec-")) {
                long time = THREADS.getThreadCpuTime(id);
                total += Math.max(0, time);
            }
        }
        return total;
    }

    /** What the request threads that are running now are doing: for the message of a test that found them busy. */
    static String runningRequestThreads() {
        StringBuilder stacks = new StringBuilder();
        for (ThreadInfo info : THREADS.dumpAllThreads(false, false)) {
            if (info.getThreadName().contains("-exec-") && info.getThreadState() == Thread.State.RUNNABLE) {
                stacks.append(info.getThreadName()).append('\n');
                StackTraceElement[] frames = info.getStackTrace();
                for (int i = 0; i < Math.min(40, frames.length); i++) {
                    stacks.append("    at ").append(frames[i]).append('\n');
                }
            }
        }
        return stacks.length() == 0 ? "no request thread is running" : stacks.toString();
    }

    static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
