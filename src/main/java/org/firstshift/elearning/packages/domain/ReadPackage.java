package org.firstshift.elearning.packages.domain;

import org.firstshift.platform.api.ProblemItem;

import java.util.List;
import java.util.Map;

/**
 * A package as read from an upload: its kind, identifier and title, its structure, its files by
 * path (with their content types) and the manifest text, or every problem found. Nothing of it
 * is stored unless {@link #problems()} is empty.
 */
public record ReadPackage(PackageKind kind, String identifier, String title, String schemaVersion,
                          List<PackageItemDef> items, Map<String, byte[]> files, String manifest,
                          List<ProblemItem> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }

    public static ReadPackage refused(Problems problems) {
        return new ReadPackage(null, null, null, null, List.of(), Map.of(), null, problems.items());
    }
}
