package org.entente.bootstrap.bench;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.entente.bootstrap.EntenteApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where a start spends its time: runs the service once with Spring's {@link BufferingApplicationStartup}, prints
 * the slowest steps (bean instantiations, context refresh phases), then stops it. Usage:
 * {@code bench/startup-steps.sh [service arguments...]}. A step's time includes the steps inside it.
 */
public final class StartupSteps {
    private static final int SHOWN = 25;

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(EntenteApplication.class);
        BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);
        application.setApplicationStartup(startup);
        long began = System.nanoTime();
        try (ConfigurableApplicationContext context = application.run(args)) {
            System.out.printf("started in %d ms; the %d slowest steps:%n",
                    Duration.ofNanos(System.nanoTime() - began).toMillis(), SHOWN);
            List<StartupTimeline.TimelineEvent> events = startup.getBufferedTimeline().getEvents();
            events.stream().sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                    .limit(SHOWN)
                    .forEach(event -> System.out.printf("%6d ms  %s %s%n", event.getDuration().toMillis(),
                            event.getStartupStep().getName(), tags(event)));
        }
    }

    private static String tags(StartupTimeline.TimelineEvent event) {
        StringBuilder tags = new StringBuilder();
        event.getStartupStep().getTags().forEach(tag -> tags.append(tag.getKey()).append('=')
                .append(tag.getValue()).append(' '));
        return tags.toString().strip();
    }
}
