package org.firstshift.platform.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The text files of a content folder, by path relative to the folder ({@code people.yaml},
 * {@code standards/retail.yaml}). Either a folder on disk or the copy bundled in the WAR.
 */
public record ContentSource(String description, Map<String, String> files) {

    /** The text files of e-learning package folders ({@code packages/<name>/}), zipped and imported by the packages module. */
    static final java.util.regex.Pattern PACKAGE_TEXT = java.util.regex.Pattern.compile("\\.(html?|js|css|xml|json|txt|svg)$");

    public static ContentSource folder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("content folder " + folder.toAbsolutePath() + " does not exist");
        }
        return new ContentSource(folder.toAbsolutePath().toString(), read(folder));
    }

    /** The demo company bundled with the application (copied from {@code content/demo} at build time). */
    public static ContentSource bundled(String name) {
        URL url = ContentSource.class.getClassLoader().getResource("content/" + name + "/company.yaml");
        if (url == null) {
            throw new IllegalStateException("no bundled content '" + name + "'");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of())) {
                    return new ContentSource("bundled " + name, read(zip.provider().getPath(uri).getParent()));
                }
            }
            return new ContentSource("bundled " + name, read(Path.of(uri).getParent()));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read bundled content '" + name + "'", e);
        }
    }

    private static Map<String, String> read(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = folder.relativize(p).toString().replace('\\', '/');
                if (relative.endsWith(".yaml") || relative.endsWith(".yml") || relative.endsWith(".md")
                        || relative.endsWith(".csv") || relative.startsWith("packages/") && PACKAGE_TEXT.matcher(relative).find()) {
                    files.put(relative, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
