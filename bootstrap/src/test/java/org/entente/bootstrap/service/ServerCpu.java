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

    /** The CPU time of Tomcat's request threads ({@code http-nio-…-exec-…}), alive now. */
    static long requestThreadsNanos() {
        long total = 0;
        for (long id : THREADS.getAllThreadIds()) {
            ThreadInfo info = THREADS.getThreadInfo(id);
            if (info != null && info.getThreadName().startsWith("http-nio")) {
                long time = THREADS.getThreadCpuTime(id);
                total += Math.max(0, time);
            }
        }
        return total;
    }

    static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
