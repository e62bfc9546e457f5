package org.firstshift.elearning.xapi.api;

import jakarta.activation.DataHandler;
import jakarta.json.JsonStructure;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.servlet.http.HttpServletResponse;
import org.firstshift.elearning.xapi.domain.Attachment;
import org.firstshift.elearning.xapi.domain.XapiException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * xAPI's multipart/mixed statement bodies, read and written with Jakarta Mail's MIME classes (Angus
 * Mail ships with Payara): the first part is the JSON, each further part one attachment named by its
 * {@code X-Experience-API-Hash}.
 */
final class Multiparts {
    static final String HASH = "X-Experience-API-Hash";

    private Multiparts() {
    }

    static XapiServlet.Body read(String contentType, byte[] body) {
        try {
            MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body, contentType));
            int count = multipart.getCount();
            if (count < 1) {
                throw XapiException.badRequest("multipart/mixed: the body has no parts");
            }
            BodyPart first = multipart.getBodyPart(0);
            if (first.getContentType() == null || !first.getContentType().toLowerCase(Locale.ROOT).startsWith("application/json")) {
                throw XapiException.badRequest("multipart/mixed: the first part must be the statements as application/json");
            }
            JsonStructure json = XapiServlet.parseJson(bytes(first));
            Map<String, Attachment> parts = new LinkedHashMap<>();
            for (int i = 1; i < count; i++) {
                BodyPart part = multipart.getBodyPart(i);
                String[] hash = part.getHeader(HASH);
                Attachment a = Attachment.received(hash == null ? null : hash[0], part.getContentType(), bytes(part));
                parts.put(a.sha2(), a);
            }
            return new XapiServlet.Body(json, parts);
        } catch (MessagingException | IOException e) {
            throw XapiException.badRequest("multipart/mixed: the body cannot be read: " + e.getMessage());
        }
    }

    private static byte[] bytes(BodyPart part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    static void write(HttpServletResponse response, JsonStructure json, Collection<Attachment> attachments) throws IOException {
        try {
            MimeMultipart multipart = new MimeMultipart("mixed");
            MimeBodyPart first = new MimeBodyPart();
            first.setDataHandler(new DataHandler(new ByteArrayDataSource(json.toString().getBytes(StandardCharsets.UTF_8), "application/json")));
            first.setHeader("Content-Type", "application/json");
            multipart.addBodyPart(first);
            for (Attachment a : attachments) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                part.setHeader("Content-Type", a.contentType());
                part.setHeader("Content-Transfer-Encoding", "binary");
                part.setHeader(HASH, a.sha2());
                multipart.addBodyPart(part);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            multipart.writeTo(out);
            response.setStatus(200);
            response.setContentType(multipart.getContentType().replaceAll("\\s+", " "));
            response.setContentLength(out.size());
            out.writeTo(response.getOutputStream());
        } catch (MessagingException e) {
            throw new IllegalStateException("writing the multipart answer failed", e);
        }
    }
}
