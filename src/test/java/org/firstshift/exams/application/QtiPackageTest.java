package org.firstshift.exams.application;

import org.firstshift.exams.domain.Blueprint;
import org.firstshift.exams.domain.Question;
import org.firstshift.platform.content.ContentProblems;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** QTI 2.1 packages: the demo bank and exam survive a round trip; hostile or broken packages are refused with reasons. */
class QtiPackageTest {

    static Question withoutExplanation(Question q) {
        return new Question(q.code(), q.type(), q.text(), q.line(), q.options(), q.targets(), q.correct(), q.pairs(), q.value(),
                q.tolerance(), q.accepted(), q.patterns(), q.rules(), q.topics(), q.difficulty(), null);
    }

    static Map<String, List<String>> sectionItems(Blueprint b, List<Question> bank) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        b.sections().forEach(s -> m.put(s.code(), bank.stream().filter(s::admits).map(Question::code).toList()));
        return m;
    }

    @Test
    void demoBankAndExamRoundTripThroughAQtiPackage() throws Exception {
        List<Question> bank = DemoExamContentTest.bank();
        ContentProblems problems = new ContentProblems();
        Blueprint exam = BankYaml.blueprint(DemoExamContentTest.demo(problems).optionalMap("exam").orElseThrow());
        byte[] zip = QtiPackage.write(bank, List.of(exam), sectionItems(exam, bank));

        Map<String, String> files = unzip(zip);
        assertTrue(files.get("imsmanifest.xml").contains("imsqti_item_xmlv2p1"));
        assertTrue(files.get("items/EX-NEEDS-KINDS.xml").contains("matchInteraction"));
        assertTrue(files.get("items/ru/EX-NEEDS-KINDS.xml").contains("Открытый"));
        assertTrue(files.get("tests/RETAIL-CERT-EXAM.xml").contains("<selection select=\"4\"/>"));

        QtiPackage.Contents back = QtiPackage.read(zip);
        assertEquals(List.of(), back.problems());
        assertEquals(bank.stream().map(QtiPackageTest::withoutExplanation).toList(), back.questions());
        assertEquals(List.of(exam), back.exams());
    }

    @Test
    void doctypesAndExternalEntitiesAreRefused() throws Exception {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\">&x;</manifest>";
        QtiPackage.Contents c = QtiPackage.read(zip(Map.of("imsmanifest.xml", evil)));
        assertFalse(c.problems().isEmpty());
        assertTrue(c.problems().get(0).message().contains("DOCTYPE"), c.problems().toString());
        assertTrue(c.questions().isEmpty());
    }

    @Test
    void missingFilesAndUnsupportedResourcesAreNamed() throws Exception {
        String manifest = "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"><resources>"
                + "<resource identifier=\"A\" type=\"imsqti_item_xmlv2p1\" href=\"items/A.xml\"/>"
                + "<resource identifier=\"B\" type=\"webcontent\" href=\"b.html\"/></resources></manifest>";
        QtiPackage.Contents c = QtiPackage.read(zip(Map.of("imsmanifest.xml", manifest)));
        List<String> texts = c.problems().stream().map(p -> p.describe()).toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains("items/A.xml") && t.contains("not in the package")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("webcontent")), texts.toString());
        assertFalse(QtiPackage.read("not a zip".getBytes(StandardCharsets.UTF_8)).problems().isEmpty());
        assertFalse(QtiPackage.read(zip(Map.of("../evil.xml", "<x/>"))).problems().isEmpty());
    }

    static byte[] zip(Map<String, String> files) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
