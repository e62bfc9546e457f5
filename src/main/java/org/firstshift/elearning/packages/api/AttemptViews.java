package org.firstshift.elearning.packages.api;

import org.firstshift.elearning.packages.domain.PackageAttempt;
import org.firstshift.elearning.packages.domain.PackageKind;

import java.util.LinkedHashMap;
import java.util.Map;

/** The raw status values of an attempt, in the order a reader checks them. */
public final class AttemptViews {
    private AttemptViews() {
    }

    public static Map<String, String> explain(PackageAttempt a, PackageKind kind) {
        Map<String, String> out = new LinkedHashMap<>();
        a.model(kind).explain().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** What the content-side API object starts from: every value except our own bookkeeping. */
    public static Map<String, String> forContent(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>(values);
        out.keySet().removeIf(k -> k.startsWith("fs."));
        return out;
    }
}
