package org.firstshift.elearning.packages.domain;

import org.firstshift.elearning.packages.domain.cmi5.CourseStructureReader;
import org.firstshift.elearning.packages.domain.scorm.ManifestReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an upload into a {@link ReadPackage}: a zip holding {@code imsmanifest.xml} (SCORM 1.2 or
 * 2004) or {@code cmi5.xml} at its root, or a bare {@code cmi5.xml} whose AUs have absolute URLs.
 * Every safety check runs here, before anything is stored: the declared content type, the zip's
 * entry names (no zip slip: absolute paths, {@code ..}, backslashes and drive letters are
 * refused), its file count and expanded size (counted while inflating, so lying size fields do
 * not help a zip bomb), and the manifest's XML (no DOCTYPE, see {@link SafeXml}). The JDK's
 * {@code java.util.zip} is enough for this (it reads Zip64 archives too).
 */
public final class PackageReader {
    static final Set<String> ZIP_TYPES = Set.of("application/zip", "application/x-zip-compressed",
            "application/x-zip", "application/octet-stream", "multipart/x-zip");
    static final Set<String> XML_TYPES = Set.of("application/xml", "text/xml", "application/octet-stream");

    private final PackageLimits limits;

    public PackageReader(PackageLimits limits) {
        this.limits = limits;
    }

    public ReadPackage read(String fileName, String contentType, byte[] bytes) {
        Problems problems = new Problems();
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
        String type = contentType == null ? "application/octet-stream"
                : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (bytes == null || bytes.length == 0) {
            problems.add(name, "the upload is empty");
            return ReadPackage.refused(problems);
        }
        if (bytes.length > limits.maxUploadBytes()) {
            problems.add(name, "the upload is " + bytes.length + " bytes, more than the limit of " + limits.maxUploadBytes());
            return ReadPackage.refused(problems);
        }
        if (isZip(bytes)) {
            if (!ZIP_TYPES.contains(type)) {
                problems.add(name, "is declared as " + type + ", not as a zip (application/zip)");
                return ReadPackage.refused(problems);
            }
            Map<String, byte[]> files = unzip(name, bytes, problems);
            if (problems.any()) {
                return ReadPackage.refused(problems);
            }
            if (files.containsKey("cmi5.xml")) {
                return CourseStructureReader.read(files.get("cmi5.xml"), files, problems);
            }
            if (files.containsKey("imsmanifest.xml")) {
                return ManifestReader.read(files.get("imsmanifest.xml"), files, problems);
            }
            problems.add(name, "has neither imsmanifest.xml (SCORM) nor cmi5.xml (cmi5) at the root of the zip");
            return ReadPackage.refused(problems);
        }
        if (looksLikeXml(bytes) && XML_TYPES.contains(type)) {
            // A bare course structure: only cmi5 allows that, with absolute AU URLs.
            return CourseStructureReader.read(bytes, null, problems);
        }
        if (type.equals("application/zip") || name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            problems.add(name, "is not a zip archive (its first bytes are not a zip signature)");
        } else {
            problems.add(name, "is not a supported package (" + type + "): upload a SCORM or cmi5 zip, or a cmi5.xml");
        }
        return ReadPackage.refused(problems);
    }

    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 && b[3] == 4 || b[2] == 5 && b[3] == 6);
    }

    static boolean looksLikeXml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 200), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return head.startsWith("<");
    }

    private Map<String, byte[]> unzip(String name, byte[] bytes, Problems problems) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String path = entry.getName();
                String unsafe = unsafePath(path);
                if (unsafe != null) {
                    problems.add(path, "unsafe path in the zip (" + unsafe + ")");
                    continue;
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (files.size() >= limits.maxFiles()) {
                    problems.add(name, "has more than " + limits.maxFiles() + " files");
                    return files;
                }
                if (files.containsKey(path)) {
                    problems.add(path, "is in the zip twice");
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > limits.maxExpandedBytes()) {
                        problems.add(name, "expands to more than " + limits.maxExpandedBytes() + " bytes");
                        return files;
                    }
                    out.write(buffer, 0, n);
                }
                files.put(path, out.toByteArray());
            }
        } catch (ZipException e) {
            problems.add(name, "is not a readable zip archive: " + e.getMessage());
        } catch (IOException e) {
            problems.add(name, "could not be read: " + e.getMessage());
        }
        if (files.isEmpty() && !problems.any()) {
            problems.add(name, "the zip holds no files");
        }
        return files;
    }

    /** Why a zip entry's name could escape the package's folder, or null when it cannot. */
    static String unsafePath(String path) {
        if (path.isEmpty()) {
            return "empty name";
        }
        if (path.contains("\\")) {
            return "backslash";
        }
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return "absolute path";
        }
        if (path.indexOf('\0') >= 0) {
            return "NUL character";
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return "'..' leaves the package";
            }
        }
        return null;
    }

    /** The content type a stored file is served with, by extension (the player also sends nosniff). */
    public static String contentType(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        int dot = p.lastIndexOf('.');
        String ext = dot < 0 ? "" : p.substring(dot + 1);
        return switch (ext) {
            case "html", "htm" -> "text/html;charset=UTF-8";
            case "js" -> "text/javascript;charset=UTF-8";
            case "css" -> "text/css;charset=UTF-8";
            case "json" -> "application/json";
            case "xml", "xsd" -> "application/xml";
            case "txt" -> "text/plain;charset=UTF-8";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "svg" -> "image/svg+xml";
            case "webp" -> "image/webp";
            case "mp3" -> "audio/mpeg";
            case "mp4" -> "video/mp4";
            case "webm" -> "video/webm";
            case "woff" -> "font/woff";
            case "woff2" -> "font/woff2";
            case "pdf" -> "application/pdf";
            default -> "application/octet-stream";
        };
    }
}
