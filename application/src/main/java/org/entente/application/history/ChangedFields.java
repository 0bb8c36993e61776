package org.entente.application.history;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which components of two versions of the same record differ, the version itself aside. */
public final class ChangedFields {
    private ChangedFields() {
    }

    public static List<String> between(Record before, Record after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            if (component.getName().equals("version")) {
                continue;
            }
            if (before == null || !Objects.equals(value(component, before), value(component, after))) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
