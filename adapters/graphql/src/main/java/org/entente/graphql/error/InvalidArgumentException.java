package org.entente.graphql.error;

/** A client sent an argument the API cannot read or accept; {@link #argument()} names it as the query wrote it. */
public final class InvalidArgumentException extends RuntimeException {
    private final String argument;
    private final String rule;

    public InvalidArgumentException(String argument, String rule, String reason) {
        super("Argument '" + argument + "': " + reason);
        this.argument = argument;
        this.rule = rule;
    }

    /** The argument at fault, with the input field where there is one: {@code first}, {@code filter.from}. */
    public String argument() {
        return argument;
    }

    /** The rule broken, such as {@code PAGE_SIZE_INVALID}, for clients that branch on it. */
    public String rule() {
        return rule;
    }
}
