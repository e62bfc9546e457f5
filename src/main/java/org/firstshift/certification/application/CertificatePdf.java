package org.firstshift.certification.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.firstshift.platform.i18n.Messages;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * The printable certificate of one cycle: holder, certification, dates, verification code and a
 * QR code of the public verification address (drawn as vector squares, so it prints sharp).
 * DejaVu Sans is embedded so Russian text prints on any server.
 */
@ApplicationScoped
public class CertificatePdf {

    /** What goes on the certificate. */
    public record Content(String holderName, String certificationName, LocalDate validFrom, LocalDate validUntil,
                          String code, String verifyUrl, String issuer, Locale locale) {
    }

    public byte[] render(Content c) {
        Messages m = Messages.of("certification", c.locale());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(c.locale());
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            PDFont regular = font(doc, "DejaVuSans.ttf");
            PDFont bold = font(doc, "DejaVuSans-Bold.ttf");
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(m.get("pdf.title") + " " + c.code());
            info.setAuthor(c.issuer());
            float w = a4.getWidth();
            float h = a4.getHeight();
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.setStrokingColor(new Color(0x1f, 0x4e, 0x79));
                s.setLineWidth(4);
                s.addRect(24, 24, w - 48, h - 48);
                s.stroke();
                centred(s, bold, 30, m.get("pdf.title"), w, h - 110);
                centred(s, regular, 14, m.get("pdf.certifies"), w, h - 160);
                centred(s, bold, 26, c.holderName(), w, h - 200);
                centred(s, regular, 14, m.get("pdf.holds"), w, h - 240);
                centred(s, bold, 20, c.certificationName(), w, h - 275);
                centred(s, regular, 13, m.get("pdf.valid", dates.format(c.validFrom()), dates.format(c.validUntil())), w, h - 320);
                text(s, regular, 11, m.get("pdf.code"), 70, 120);
                text(s, bold, 18, c.code(), 70, 96);
                text(s, regular, 10, m.get("pdf.verifyAt"), 70, 70);
                text(s, regular, 10, c.verifyUrl(), 70, 56);
                text(s, regular, 10, c.issuer(), 70, h - 60);
                qr(s, c.verifyUrl(), w - 70 - 120, 50, 120);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument doc, String file) throws IOException {
        try (InputStream in = CertificatePdf.class.getResourceAsStream("/certification/fonts/" + file)) {
            if (in == null) {
                throw new IOException("font missing from the application: " + file);
            }
            return PDType0Font.load(doc, in);
        }
    }

    private static void centred(PDPageContentStream s, PDFont font, float size, String text, float pageWidth, float y) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        text(s, font, size, text, Math.max(30, (pageWidth - width) / 2), y);
    }

    private static void text(PDPageContentStream s, PDFont font, float size, String text, float x, float y) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    /** The QR code as filled squares, {@code size} points wide, lower-left corner at x, y. */
    static void qr(PDPageContentStream s, String content, float x, float y, float size) throws IOException {
        BitMatrix matrix = matrix(content);
        float module = size / matrix.getWidth();
        s.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    s.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        s.fill();
    }

    static BitMatrix matrix(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + content, e);
        }
    }
}
