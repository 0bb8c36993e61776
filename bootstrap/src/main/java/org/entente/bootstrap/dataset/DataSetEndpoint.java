package org.entente.bootstrap.dataset;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.entente.application.dataset.DataSet;
import org.entente.application.dataset.DataSetProblem;
import org.entente.application.dataset.ImportReport;
import org.entente.application.dataset.InvalidDataSetException;
import org.entente.application.port.in.ExportDataSet;
import org.entente.application.port.in.ImportDataSet;
import org.entente.dataset.DataSetReader;
import org.entente.dataset.DataSetWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data set file while the service runs, for ADMIN keys only (SecurityConfiguration): {@code GET} answers the
 * whole store as the file {@code entente.export} would write; {@code POST} or {@code PUT} takes a file and imports it
 * with the checks of {@code entente.import} at start-up (DataSetReader, then the import's inspection against the
 * store), whole or not at all. A refused file changes nothing and is answered 422 with every problem. The file is
 * a request body like any other: larger than {@code entente.limits.max-body-size}, it is refused with 413
 * {@code BODY_TOO_LARGE} before it reaches this endpoint (BodyReading).
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping(DataSetEndpoint.PATH)
class DataSetEndpoint {
    static final String PATH = "/admin/dataset";
    static final String UPLOAD = "the uploaded data set";
    private static final Log log = LogFactory.getLog(DataSetEndpoint.class);

    private final ImportDataSet imports;
    private final ExportDataSet exports;

    DataSetEndpoint(ImportDataSet imports, ExportDataSet exports) {
        this.imports = imports;
        this.exports = exports;
    }

    /** The whole store as one data set file, written straight to the response. */
    @GetMapping
    void export(HttpServletResponse response) throws IOException {
        DataSet set = exports.exportDataSet();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"entente-dataset.json\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        new DataSetWriter().write(set, response.getOutputStream());
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> importByPost(HttpServletRequest request) throws IOException {
        return importFile(request);
    }

    @PutMapping
    ResponseEntity<Map<String, Object>> importByPut(HttpServletRequest request) throws IOException {
        return importFile(request);
    }

    private ResponseEntity<Map<String, Object>> importFile(HttpServletRequest request) throws IOException {
        byte[] file;
        try (InputStream body = request.getInputStream()) {
            file = body.readAllBytes();
        }
        ImportReport report = imports.importDataSet(UPLOAD, new DataSetReader().read(file, UPLOAD));
        log.info("Imported " + UPLOAD + " (" + file.length + " bytes): " + report.created() + " records created, "
                + report.updated() + " updated, " + report.unchanged() + " unchanged");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("created", report.created());
        body.put("updated", report.updated());
        body.put("unchanged", report.unchanged());
        return ResponseEntity.ok(body);
    }

    /** Every problem of a refused file, each naming its record and field; nothing of the file was stored. */
    @ExceptionHandler(InvalidDataSetException.class)
    ResponseEntity<Map<String, Object>> refused(InvalidDataSetException refused) {
        List<Map<String, Object>> errors = refused.problems().stream().map(problem -> error(refused.rule(), problem))
                .toList();
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_JSON).body(errors(errors));
    }

    private static Map<String, Object> error(String code, DataSetProblem problem) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("record", problem.record());
        if (problem.field() != null) {
            details.put("field", problem.field());
        }
        return error(code, problem.toString(), details);
    }

    private static Map<String, Object> error(String code, String message, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.putAll(details);
        extensions.put("classification", "BAD_REQUEST");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        return error;
    }

    private static Map<String, Object> errors(List<Map<String, Object>> errors) {
        return Map.of("errors", errors);
    }
}
