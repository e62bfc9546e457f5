package org.firstshift.elearning.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.elearning.packages.domain.PackageReader;
import org.firstshift.elearning.packages.domain.ReadPackage;
import org.firstshift.platform.content.ContentContext;
import org.firstshift.platform.content.ContentSection;
import org.firstshift.platform.content.YamlMap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code packages/<name>/package.yaml}: an e-learning package kept unpacked in the content folder
 * (text files only: HTML, JavaScript, CSS, XML), with its activity code and the files it consists
 * of. The files are zipped and go through the same checks as an upload; a package whose code
 * exists already is left as it is (content loads are idempotent).
 */
@ApplicationScoped
public class PackagesContent implements ContentSection {

    @Inject
    PackageImport importer;

    @Inject
    PackageCatalog catalog;

    @Override
    public String file() {
        return "packages/";
    }

    @Override
    public boolean reads(String path) {
        return path.startsWith("packages/");
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public void check(YamlMap root, ContentContext context) {
        root.allowOnly("code", "files");
        String code = root.text("code");
        if (!code.isEmpty() && !context.declare(PackageActivity.KEY, code)) {
            root.problem("code", "package '" + code + "' is defined twice");
        }
        ReadPackage read = read(root, context);
        read.problems().forEach(p -> root.problem("files", p.describe()));
    }

    @Override
    public void load(YamlMap root, ContentContext context) {
        String code = root.text("code");
        if (catalog.byCode(code).isPresent()) {
            return;
        }
        importer.upload(code + ".zip", "application/zip", zip(root, context), code, "content");
    }

    private ReadPackage read(YamlMap root, ContentContext context) {
        return new PackageReader(importer.limits()).read(root.file(), "application/zip", zip(root, context));
    }

    private static byte[] zip(YamlMap root, ContentContext context) {
        String folder = root.file().substring(0, root.file().lastIndexOf('/') + 1);
        List<String> files = root.texts("files");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String f : files) {
                String text = context.sourceOf(folder + f);
                if (text.isEmpty()) {
                    root.problem("files", f + " is listed but not in " + folder);
                    continue;
                }
                zip.putNextEntry(new ZipEntry(f));
                zip.write(text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
