package org.entente.application.fake;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * A port that passes every call on to a real one but one method, which the test answers itself: a save that fails
 * as a killed process would, a log that cannot be written, a read after which another curator changes a record.
 */
public final class AnsweredPort {
    private AnsweredPort() {
    }

    /** {@code real}, but with {@code method} answered by {@code answer} (given the call's arguments). */
    public static <P> P of(Class<P> port, P real, String method, Function<Object[], Object> answer) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, called, args) -> {
            if (called.getName().equals(method)) {
                return answer.apply(args);
            }
            try {
                return called.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
