package org.firstshift.certification.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.firstshift.certification.application.CertificateDocuments;
import org.firstshift.certification.domain.CertificationCycle;

/** How certificate files are answered: private, not cached by shared caches. */
final class Documents {
    static final String JWT = "application/jwt";

    private Documents() {
    }

    static CacheControl privateNoStore() {
        CacheControl cc = new CacheControl();
        cc.setPrivate(true);
        cc.setNoStore(true);
        return cc;
    }

    static Response pdf(byte[] pdf, CertificationCycle cycle) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + CertificateDocuments.fileName(cycle) + "\"")
                .cacheControl(privateNoStore()).build();
    }

    static Response badge(String jwt) {
        return Response.ok(jwt, JWT).cacheControl(privateNoStore()).build();
    }
}
