package org.entente.bootstrap.dataset;

import org.entente.application.port.in.ExportDataSet;
import org.entente.application.port.in.ImportDataSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Data set files at start-up: see {@link DataSetLoading} and docs/data.md. */
@Configuration(proxyBeanMethods = false)
public class DataSetConfiguration {

    @Bean
    DataSetLoading dataSetLoading(ImportDataSet imports, ExportDataSet exports,
                                  @Value("${entente.seed.enabled:true}") boolean seed,
                                  @Value("${entente.import:}") String importFile,
                                  @Value("${entente.export:}") String exportFile) {
        return new DataSetLoading(imports, exports, StartUpFiles.of(seed, importFile, exportFile));
    }
}
