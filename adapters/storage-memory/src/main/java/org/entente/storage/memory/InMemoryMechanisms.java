package org.entente.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.entente.application.port.out.Mechanisms;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.relation.RelationId;

/** Dialogue mechanisms in memory, by id under their relation and under the mechanism each upgraded. */
final class InMemoryMechanisms extends InMemoryStore<MechanismId, DialogueMechanism> implements Mechanisms {
    private final Map<String, NavigableMap<String, DialogueMechanism>> byRelation = new HashMap<>();
    private final Map<String, NavigableMap<String, DialogueMechanism>> byPredecessor = new HashMap<>();

    InMemoryMechanisms(InMemoryUnits units) {
        super(units, "mechanism");
    }

    @Override
    void indexed(DialogueMechanism removed, DialogueMechanism added) {
        if (removed != null) {
            unfile(byRelation, removed.relation().value(), removed);
            if (removed.predecessor() != null) {
                unfile(byPredecessor, removed.predecessor().value(), removed);
            }
        }
        if (added != null) {
            byRelation.computeIfAbsent(added.relation().value(), r -> new TreeMap<>()).put(added.id().value(), added);
            if (added.predecessor() != null) {
                byPredecessor.computeIfAbsent(added.predecessor().value(), p -> new TreeMap<>())
                        .put(added.id().value(), added);
            }
        }
    }

    @Override
    public List<DialogueMechanism> findByRelations(Collection<RelationId> relations) {
        return read(() -> under(byRelation, relations.stream().map(RelationId::value).toList()));
    }

    @Override
    public List<DialogueMechanism> findByPredecessors(Collection<MechanismId> predecessors) {
        return read(() -> under(byPredecessor, predecessors.stream().map(MechanismId::value).toList()));
    }

    private static List<DialogueMechanism> under(Map<String, NavigableMap<String, DialogueMechanism>> index,
                                                 Collection<String> keys) {
        List<DialogueMechanism> found = new ArrayList<>();
        new LinkedHashSet<>(keys).forEach(key -> found.addAll(index.getOrDefault(key, new TreeMap<>()).values()));
        found.sort(Comparator.comparing(m -> m.id().value()));
        return found;
    }

    private static void unfile(Map<String, NavigableMap<String, DialogueMechanism>> index, String key,
                               DialogueMechanism mechanism) {
        NavigableMap<String, DialogueMechanism> filed = index.get(key);
        if (filed != null) {
            filed.remove(mechanism.id().value());
            if (filed.isEmpty()) {
                index.remove(key);
            }
        }
    }
}
