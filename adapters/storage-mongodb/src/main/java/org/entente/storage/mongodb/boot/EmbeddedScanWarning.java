package org.entente.storage.mongodb.boot;

import java.util.Locale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.port.out.Storage;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Once the service is up (the shipped data and any import loaded), one WARN line when the embedded server holds
 * more meetings than {@value #SETTING} (default {@value #DEFAULT_MEETINGS}): the embedded server scans for every
 * query but by id, so its pages slow with what it holds; on these two-core machines its nested meeting page took
 * more than 100 ms from the smallest generated set (100 meetings) on (bench/scale.sh; docs/storage-adapters.md).
 */
final class EmbeddedScanWarning implements ApplicationListener<ApplicationReadyEvent> {
    static final String SETTING = "entente.storage.embedded.scan-warning-meetings";
    static final long DEFAULT_MEETINGS = 100;
    private static final Log log = LogFactory.getLog(EmbeddedScanWarning.class);

    private final Storage storage;
    private final long meetings;

    EmbeddedScanWarning(Storage storage, long meetings) {
        this.storage = storage;
        this.meetings = meetings;
    }

    /** The threshold the environment sets; a value that is not a count of meetings stops the start, naming it. */
    static long threshold(Environment environment) {
        String value = environment.getProperty(SETTING, String.valueOf(DEFAULT_MEETINGS)).trim();
        try {
            long threshold = Long.parseLong(value);
            if (threshold >= 0) {
                return threshold;
            }
        } catch (NumberFormatException e) {
            // refused below, with the setting's name
        }
        throw new StoreSettingException(SETTING + "=" + value + " is not a number of meetings (0 or more)");
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        String warning = warning();
        if (warning != null) {
            log.warn(warning);
        }
    }

    /** The warning the store's meetings call for, or null. */
    String warning() {
        long held = storage.meetings().count(MeetingCriteria.ALL);
        if (held <= meetings) {
            return null;
        }
        return String.format(Locale.ROOT, "The embedded store holds %,d meetings, more than %s=%d: it scans for "
                + "every query but by id, so its pages slow as it grows (the nested meeting page takes over 100 ms "
                + "beyond about 100 meetings, docs/storage-adapters.md); for more data run on a MongoDB server "
                + "(spring.mongodb.uri, docs/operations.md)", held, SETTING, meetings);
    }
}
