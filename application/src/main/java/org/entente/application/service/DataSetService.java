package org.entente.application.service;

import java.util.ArrayList;
import java.util.List;
import org.entente.application.dataset.DataSet;
import org.entente.application.dataset.DataSetProblem;
import org.entente.application.dataset.DataSets;
import org.entente.application.dataset.ImportReport;
import org.entente.application.dataset.InvalidDataSetException;
import org.entente.application.dataset.Recorder;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.ExportDataSet;
import org.entente.application.port.in.ImportDataSet;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;

/** Imports curated data sets whole or not at all, and exports the store as one. */
public final class DataSetService implements ImportDataSet, ExportDataSet {
    private final Storage storage;
    private final Chronicle chronicle;

    public DataSetService(Storage storage, Chronicle chronicle) {
        this.storage = storage;
        this.chronicle = chronicle;
    }

    @Override
    public ImportReport importDataSet(String origin, DataSet dataSet) {
        List<DataSetProblem> problems = DataSets.inspect(dataSet, storage);
        if (!problems.isEmpty()) {
            throw new InvalidDataSetException(origin, problems);
        }
        // one unit: a data set is stored whole or not at all, also when the process dies halfway through
        ImportReport report = chronicle.atomically(() -> DataSets.store(dataSet, storage, new Recorder() {
            @Override
            public <I extends AggregateId, A extends Aggregate<I, A>> void save(AggregateStore<I, A> store, A before, A after) {
                chronicle.save(store, before, after, "importDataSet");
            }
        }));
        storage.transactions().bulkWritten();
        return report;
    }

    @Override
    public DataSet exportDataSet() {
        return DataSet.of(kind -> all(storage.of(kind)));
    }

    @Override
    public boolean storeIsEmpty() {
        return storage.sources().count() == 0 && storage.relations().count() == 0 && storage.meetings().count() == 0
                && storage.persons().count() == 0;
    }

    private static List<Aggregate<?, ?>> all(AggregateStore<?, ?> store) {
        List<Aggregate<?, ?>> all = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<? extends Aggregate<?, ?>> page = store.pageById(request);
            all.addAll(page.items());
            if (!page.hasNext() || page.items().isEmpty()) {
                return all;
            }
            String last = page.items().get(page.items().size() - 1).id().value();
            request = PageRequest.firstAfter(PageRequest.MAX_SIZE, new Keyset(last, last));
        }
    }
}
