package org.firstshift.reporting.application;

import org.firstshift.platform.i18n.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats a report downloads in. */
public enum ReportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** "csv" or "xlsx", in any case; anything else is empty. */
    public static Optional<ReportFormat> parse(String text) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public void write(LearningReport report, Messages messages, OutputStream out) throws IOException {
        if (this == XLSX) {
            LearningXlsx.write(report, messages, out);
        } else {
            LearningCsv.write(report, messages, out);
        }
    }
}
