package org.firstshift.platform.content;

import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded content folder (a zip of YAML files) entirely in memory, refusing archives that
 * are too big, have too many entries, or entries whose names climb out of the folder.
 */
public final class ContentArchive {
    static final int MAX_ENTRIES = 500;
    static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024;

    private ContentArchive() {
    }

    public static ContentSource read(InputStream zip, String description) {
        Map<String, String> files = new TreeMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw refused("more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || name.contains("../") || name.contains(":")) {
                    throw refused("entry '" + name + "' points outside the folder");
                }
                if (entry.isDirectory() || !(name.endsWith(".yaml") || name.endsWith(".yml"))) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[8192];
                int n;
                while ((n = in.read(buf)) > 0) {
                    total += n;
                    if (total > MAX_TOTAL_BYTES) {
                        throw refused("expands to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
                    }
                    out.write(buf, 0, n);
                }
                files.put(name, out.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw refused("not a readable zip file (" + e.getMessage() + ")");
        }
        if (entries == 0) {
            throw refused("not a zip file, or an empty one");
        }
        return new ContentSource(description, stripCommonFolder(files));
    }

    /** A zip of {@code demo/company.yaml, demo/people.yaml} is treated like one of the bare files. */
    static Map<String, String> stripCommonFolder(Map<String, String> files) {
        if (files.containsKey(ContentLoader.COMPANY_FILE)) {
            return files;
        }
        String prefix = files.keySet().stream().filter(k -> k.endsWith("/" + ContentLoader.COMPANY_FILE))
                .map(k -> k.substring(0, k.length() - ContentLoader.COMPANY_FILE.length())).findFirst().orElse("");
        Map<String, String> stripped = new TreeMap<>();
        files.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                stripped.put(k.substring(prefix.length()), v);
            }
        });
        return stripped;
    }

    private static InvalidInputException refused(String why) {
        return new InvalidInputException("The content archive was refused: " + why + ".",
                List.of(ProblemItem.at("upload.zip", 1, null, why)));
    }
}
