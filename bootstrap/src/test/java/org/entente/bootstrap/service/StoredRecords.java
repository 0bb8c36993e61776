package org.entente.bootstrap.service;

import java.util.Map;
import java.util.TreeMap;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.Aggregate;

/** Every stored record's version, by kind and id: two snapshots are equal only if nothing was added or changed. */
final class StoredRecords {
    private StoredRecords() {
    }

    static Map<String, Long> versions(Storage storage) {
        Map<String, Long> versions = new TreeMap<>();
        read("relation", storage.relations(), versions);
        read("person", storage.persons(), versions);
        read("organization", storage.organizations(), versions);
        read("source", storage.sources(), versions);
        read("mechanism", storage.mechanisms(), versions);
        read("visit", storage.visits(), versions);
        read("meeting", storage.meetings(), versions);
        read("instrument", storage.instruments(), versions);
        read("invitation", storage.invitations(), versions);
        read("event", storage.events(), versions);
        return versions;
    }

    private static <A extends Aggregate<?, A>> void read(String kind, AggregateStore<?, A> store,
                                                         Map<String, Long> versions) {
        PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<A> page = store.pageById(request);
            for (A record : page.items()) {
                versions.put(kind + ":" + record.id().value(), record.version());
            }
            if (!page.hasNext() || page.items().isEmpty()) {
                return;
            }
            String last = page.items().get(page.items().size() - 1).id().value();
            request = PageRequest.firstAfter(PageRequest.MAX_SIZE, new Keyset(last, last));
        }
    }
}
