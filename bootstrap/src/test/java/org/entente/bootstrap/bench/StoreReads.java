package org.entente.bootstrap.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.entente.application.page.Page;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Receipts;
import org.entente.application.port.out.Revisions;
import org.entente.application.port.out.Storage;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Counts, whatever the store, the records its ports return and the calls that returned them: the service's
 * {@link Storage} bean is replaced by one whose every port passes each call through and counts the records in the
 * answer (an aggregate or a revision is one; an {@code Optional}, a list, a page's items, the values of a map and
 * the pages in a map are counted record by record; numbers are no records). Units of work pass through uncounted,
 * since what they return is their work's answer.
 */
final class StoreReads implements BeanPostProcessor {
    private final LongAdder records = new LongAdder();
    private final LongAdder calls = new LongAdder();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof Storage storage ? counted(storage) : bean;
    }

    /** Records returned so far. */
    long records() {
        return records.sum();
    }

    /** Port calls answered so far. */
    long calls() {
        return calls.sum();
    }

    Storage counted(Storage s) {
        return Storage.of(kind -> counted(s.of(kind)), port(Revisions.class, s.revisions()),
                port(Receipts.class, s.receipts()), s.transactions());
    }

    /** A port of records, counted behind every public interface it implements (its kind's port among them). */
    private AggregateStore<?, ?> counted(AggregateStore<?, ?> target) {
        Class<?>[] types = ClassUtils.getAllInterfacesForClassAsSet(target.getClass()).stream()
                .filter(type -> Modifier.isPublic(type.getModifiers())).toArray(Class<?>[]::new);
        return (AggregateStore<?, ?>) proxy(types, target);
    }

    private <P> P port(Class<P> type, P target) {
        return type.cast(proxy(new Class<?>[] {type}, target));
    }

    private Object proxy(Class<?>[] types, Object target) {
        InvocationHandler counting = (proxy, method, args) -> {
            Object answer;
            try {
                answer = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (method.getDeclaringClass() != Object.class) {
                calls.increment();
                records.add(recordsIn(answer));
            }
            return answer;
        };
        return Proxy.newProxyInstance(types[0].getClassLoader(), types, counting);
    }

    static long recordsIn(Object answer) {
        if (answer == null || answer instanceof Number || answer instanceof Boolean || answer instanceof String) {
            return 0;
        }
        if (answer instanceof Optional<?> optional) {
            return optional.map(StoreReads::recordsIn).orElse(0L);
        }
        if (answer instanceof Page<?> page) {
            return page.items().size();
        }
        if (answer instanceof Collection<?> items) {
            long n = 0;
            for (Object item : items) {
                n += recordsIn(item);
            }
            return n;
        }
        if (answer instanceof Map<?, ?> map) {
            return recordsIn(map.values());
        }
        return 1;
    }
}
