package org.firstshift.elearning.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.elearning.packages.domain.ElearningPackage;
import org.firstshift.elearning.packages.domain.PackageFile;
import org.firstshift.elearning.packages.domain.PackageItem;

import java.util.List;
import java.util.Optional;

/** Reads imported packages, their structure and their files. */
@ApplicationScoped
public class PackageCatalog {

    @PersistenceContext
    EntityManager em;

    public Optional<ElearningPackage> byCode(String code) {
        return em.createNamedQuery("ElearningPackage.byCode", ElearningPackage.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<ElearningPackage> byId(long id) {
        return Optional.ofNullable(em.find(ElearningPackage.class, id));
    }

    public List<ElearningPackage> all() {
        return em.createNamedQuery("ElearningPackage.all", ElearningPackage.class).getResultList();
    }

    public List<PackageItem> items(long packageId) {
        return em.createNamedQuery("PackageItem.of", PackageItem.class).setParameter("packageId", packageId).getResultList();
    }

    /** The items a learner launches (SCOs and assets; cmi5 AUs), in order. */
    public List<PackageItem> launchable(long packageId) {
        return items(packageId).stream().filter(PackageItem::isLaunchable).toList();
    }

    public Optional<PackageFile> file(long packageId, String path) {
        return em.createNamedQuery("PackageFile.at", PackageFile.class).setParameter("packageId", packageId)
                .setParameter("path", path).getResultStream().findFirst();
    }
}
