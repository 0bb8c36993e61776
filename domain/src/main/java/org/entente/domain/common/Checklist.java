package org.entente.domain.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rules an input breaks, gathered as each check runs rather than stopping at the first, so that whoever gave
 * the input hears of every problem in one answer (as a data set import lists them all).
 */
public final class Checklist {
    private final List<DomainException> broken = new ArrayList<>();

    /** What {@code check} answers; null when it breaks a rule, which is noted. */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (DomainException e) {
            note(e);
            return null;
        }
    }

    /** Runs {@code check}, noting the rule it breaks. */
    public void run(Runnable check) {
        check(() -> {
            check.run();
            return null;
        });
    }

    public void note(DomainException e) {
        if (e instanceof RulesBroken many) {
            broken.addAll(many.broken());
        } else {
            broken.add(e);
        }
    }

    public boolean passed() {
        return broken.isEmpty();
    }

    /** Refuses the input when any rule was broken: with that rule when one was, with {@link RulesBroken} when several. */
    public void settle() {
        if (broken.size() == 1) {
            throw broken.get(0);
        }
        if (!broken.isEmpty()) {
            throw new RulesBroken(broken);
        }
    }
}
