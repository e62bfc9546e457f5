package org.firstshift.elearning.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstshift.elearning.packages.domain.ElearningPackage;
import org.firstshift.elearning.packages.domain.PackageFile;
import org.firstshift.elearning.packages.domain.PackageItem;
import org.firstshift.elearning.packages.domain.PackageKind;
import org.firstshift.elearning.packages.domain.PackageLimits;
import org.firstshift.elearning.packages.domain.PackageReader;
import org.firstshift.elearning.packages.domain.ReadPackage;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Imports an uploaded package: reads and checks it whole (see {@link PackageReader}), then stores
 * the package, its files and its items in one transaction. Any problem refuses the upload with
 * every problem listed and nothing stored.
 */
@ApplicationScoped
public class PackageImport {
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    @PersistenceContext
    EntityManager em;

    @Inject
    PackageCatalog catalog;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "firstshift.packages.max-upload-bytes", defaultValue = "104857600")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "firstshift.packages.max-expanded-bytes", defaultValue = "209715200")
    long maxExpandedBytes;

    @Inject
    @ConfigProperty(name = "firstshift.packages.max-files", defaultValue = "5000")
    int maxFiles;

    public PackageLimits limits() {
        return new PackageLimits(maxUploadBytes, maxExpandedBytes, maxFiles);
    }

    /** {@code code} may be null: one is made from the title. */
    @Transactional
    public ElearningPackage upload(String fileName, String contentType, byte[] bytes, String code, String uploadedBy) {
        ReadPackage read = new PackageReader(limits()).read(fileName, contentType, bytes);
        if (code != null && !code.isBlank() && (!CODE.matcher(code).matches() || catalog.byCode(code).isPresent())) {
            List<ProblemItem> problems = new java.util.ArrayList<>(read.problems());
            problems.add(ProblemItem.field("code", CODE.matcher(code).matches() ? "a package with code '" + code + "' exists already"
                    : "the code must be 2 to 40 lowercase letters, digits or dashes"));
            throw new InvalidInputException("the package cannot be imported", problems);
        }
        if (!read.valid()) {
            throw new InvalidInputException("the package cannot be imported", read.problems());
        }
        String chosen = code == null || code.isBlank() ? codeFor(read.title()) : code;
        Map<String, byte[]> files = new LinkedHashMap<>(read.files());
        String manifestPath = read.kind() == PackageKind.CMI5 ? "cmi5.xml" : "imsmanifest.xml";
        if (files.isEmpty()) {
            files.put(manifestPath, read.manifest().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        ReadPackage stored = new ReadPackage(read.kind(), read.identifier(), read.title(), read.schemaVersion(), read.items(),
                files, read.manifest(), List.of());
        ElearningPackage p = new ElearningPackage(chosen, stored, manifestPath, uploadedBy, clock.instant());
        em.persist(p);
        em.flush();
        files.forEach((path, content) -> em.persist(new PackageFile(p.getId(), path, content)));
        int seq = 0;
        for (var item : read.items()) {
            em.persist(new PackageItem(p.getId(), seq++, item));
        }
        audit.record("ElearningPackage", chosen, AuditAction.IMPORTED, "Imported " + read.kind() + " package '" + p.getTitle()
                + "' (" + files.size() + " files, " + read.items().size() + " items)", null, null);
        return p;
    }

    private String codeFor(String title) {
        String slug = title == null ? "package" : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() < 2) {
            slug = "package";
        }
        slug = slug.length() > 30 ? slug.substring(0, 30).replaceAll("-$", "") : slug;
        String candidate = slug;
        while (catalog.byCode(candidate).isPresent()) {
            candidate = slug + "-" + UUID.randomUUID().toString().substring(0, 6);
        }
        return candidate;
    }
}
