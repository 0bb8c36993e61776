package org.entente.storage.mongodb;

import java.util.function.Supplier;
import org.entente.application.port.out.Transactions;

/** The units of work of one server, and what each port's write goes through: inside a unit it joins it. */
interface WriteUnits extends Transactions {
    /** Makes one write: part of the unit open on this thread, or else a unit of its own where the server needs one. */
    <T> T write(Supplier<T> write);
}
