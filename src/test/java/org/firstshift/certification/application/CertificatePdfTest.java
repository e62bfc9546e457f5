package org.firstshift.certification.application;

import com.google.zxing.common.BitMatrix;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificatePdfTest {

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theCertificateNamesHolderCertificationDatesAndCode() throws Exception {
        byte[] pdf = new CertificatePdf().render(new CertificatePdf.Content("Anna Petrova", "Certified Retail Service Consultant",
                LocalDate.parse("2026-03-10"), LocalDate.parse("2027-03-09"), "ABCDEFGH2345",
                "https://learn.example.com/verify/ABCDEFGH2345", "Northwind", Locale.ENGLISH));
        assertEquals("%PDF", new String(pdf, 0, 4));
        String text = text(pdf);
        assertTrue(text.contains("Anna Petrova"), text);
        assertTrue(text.contains("Certified Retail Service Consultant"), text);
        assertTrue(text.contains("ABCDEFGH2345"), text);
        assertTrue(text.contains("March 10, 2026") && text.contains("March 9, 2027"), text);
        assertTrue(text.contains("https://learn.example.com/verify/ABCDEFGH2345"), text);
    }

    @Test
    void russianTextPrints() throws Exception {
        byte[] pdf = new CertificatePdf().render(new CertificatePdf.Content("Михаил Орлов", "Сертифицированный консультант",
                LocalDate.parse("2026-03-10"), LocalDate.parse("2027-03-09"), "ABCDEFGH2345",
                "https://learn.example.com/verify/ABCDEFGH2345", "Northwind", Locale.forLanguageTag("ru")));
        String text = text(pdf);
        assertTrue(text.contains("Михаил Орлов") && text.contains("Сертификат"), text);
    }

    @Test
    void theQrCodeIsASquareMatrixWithFinderPatterns() {
        BitMatrix m = CertificatePdf.matrix("https://learn.example.com/verify/ABCDEFGH2345");
        assertEquals(m.getWidth(), m.getHeight());
        // the top-left finder pattern: a dark 7x7 ring inside the one-module margin
        assertTrue(m.get(1, 1) && m.get(7, 1) && m.get(1, 7) && !m.get(2, 2) && m.get(4, 4));
    }
}
