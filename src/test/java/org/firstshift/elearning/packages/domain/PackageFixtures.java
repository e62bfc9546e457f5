package org.firstshift.elearning.packages.domain;

import org.w3c.dom.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds uploads from the copied conformance fixtures (manifests only: the originals' HTML and
 * JavaScript were not copied). "With its files" adds a small HTML page for every local file the
 * manifest names, as the real package would hold; "as given" zips the folder as it is.
 */
public final class PackageFixtures {
    public static final Path ROOT = Path.of("src/test/resources/fixtures/elearning");

    private PackageFixtures() {
    }

    public static byte[] zip(Map<String, byte[]> files) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (var e : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder's files as they are. */
    public static Map<String, byte[]> asGiven(Path folder) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The folder's files plus a stub page for every local file its manifest or course structure names. */
    public static Map<String, byte[]> withFiles(Path folder) {
        Map<String, byte[]> files = asGiven(folder);
        for (String path : referenced(files)) {
            files.putIfAbsent(path, ("<!doctype html><title>" + path + "</title><p>stub</p>").getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** Local paths named by href (SCORM) and url (cmi5), read leniently with a plain namespace-aware parser. */
    static Set<String> referenced(Map<String, byte[]> files) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : new String[]{"imsmanifest.xml", "cmi5.xml"}) {
            byte[] xml = files.get(name);
            if (xml == null) {
                continue;
            }
            var doc = SafeXml.parse(xml, name, new Problems());
            if (doc.isEmpty()) {
                continue;
            }
            collect(doc.get().getDocumentElement(), out);
        }
        return out;
    }

    private static void collect(Element e, Set<String> out) {
        String href = "url".equals(e.getLocalName()) ? e.getTextContent().trim() : e.getAttribute("href");
        if (href != null && !href.isBlank() && !href.startsWith("http")) {
            String path = org.firstshift.elearning.packages.domain.scorm.ManifestReader.localPath(href);
            if (path != null) {
                out.add(path);
            }
        }
        for (Element kid : SafeXml.children(e)) {
            collect(kid, out);
        }
    }
}
