package org.firstshift.it;

import jakarta.json.JsonValue;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.ExamFixture;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** QTI 2.1 and CSV through the authors' API: round trip, validation before storing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamQtiIT {

    @ArquillianResource
    URL base;

    static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
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

    @Test
    void anExportedExamImportsUnderANewCodeAndBackAgainUnchanged() throws Exception {
        ExamFixture f = new ExamFixture(1).load(base);
        Api author = Api.as(base, DemoUsers.AUTHOR);
        Api.Download exported = author.download("/api/author/exams/" + f.exam + "/qti");
        assertEquals(200, exported.status());
        Map<String, String> files = unzip(exported.body());
        assertTrue(files.containsKey("imsmanifest.xml"));
        assertTrue(files.get("tests/" + f.exam + ".xml").contains("assessmentTest"));

        // The same package again: nothing new or changed.
        Api.Reply same = author.post("/api/author/exams/qti?name=same.zip", "application/zip", exported.body());
        assertEquals(200, same.status(), same::toString);
        assertEquals(3, same.json().getInt("questions"));
        assertEquals(0, same.json().getInt("changed"));

        // Renamed (question ids, test code, tags): a new exam that learners can take and pass.
        Map<String, String> renamed = new LinkedHashMap<>();
        String newSuffix = f.suffix + "R";
        for (Map.Entry<String, String> e : files.entrySet()) {
            renamed.put(e.getKey().replace(f.suffix, newSuffix), e.getValue().replace(f.suffix, newSuffix));
        }
        Api.Reply imported = author.post("/api/author/exams/qti?name=renamed.zip", "application/zip", zip(renamed));
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(3, imported.json().getInt("changed"));
        String newExam = "EXT-" + newSuffix;
        assertEquals(newExam, imported.json().getJsonArray("exams").getString(0));
        var bank = author.get("/api/author/exams/bank").array();
        var q2 = bank.stream().map(JsonValue::asJsonObject).filter(q -> q.getString("id").equals("Q2-" + newSuffix)).findFirst().orElseThrow();
        assertEquals("numeric", q2.getString("type"));
        assertEquals("30", q2.getJsonArray("key").getString(0));
        assertEquals("qti", q2.getString("origin"));
        var blueprint = author.get("/api/author/exams/" + newExam).json();
        assertEquals(60, blueprint.getInt("pass_mark"));
        assertEquals(2, blueprint.getJsonArray("sections").size());
        Api.Reply ru = Api.as(base, DemoUsers.AUTHOR).inLanguage("ru").get("/api/author/exams/" + newExam);
        assertTrue(ru.body().contains("Тестовый экзамен"), ru::toString);

        Api learner = f.learners.get(0).api(base);
        Api.Reply started = learner.post("/api/exams/" + newExam + "/attempts", "application/json", "");
        assertEquals(201, started.status(), started::toString);
        long attempt = started.json().getJsonNumber("id").longValue();
        for (Map.Entry<String, String> a : f.rightAnswers().entrySet()) {
            Api.Reply r = learner.putJson("/api/exam-attempts/" + attempt + "/answers/" + a.getKey().replace(f.suffix, newSuffix),
                    "{\"values\":" + a.getValue() + "}");
            assertEquals(200, r.status(), r::toString);
        }
        var result = learner.post("/api/exam-attempts/" + attempt + "/submit", "application/json", "").json().getJsonObject("result");
        assertTrue(result.getBoolean("passed"), result::toString);
    }

    @Test
    void aPackageWithAnUnknownRuleOrAnXxeStoresNothing() throws Exception {
        ExamFixture f = new ExamFixture(1).load(base);
        Api author = Api.as(base, DemoUsers.AUTHOR);
        Map<String, String> files = unzip(author.download("/api/author/exams/" + f.exam + "/qti").body());
        Map<String, String> bad = new LinkedHashMap<>();
        String s2 = f.suffix + "B";
        files.forEach((k, v) -> bad.put(k.replace(f.suffix, s2), v.replace(f.suffix, s2).replace("rule:GREET-02", "rule:NOPE-99")));
        Api.Reply refused = author.post("/api/author/exams/qti", "application/zip", zip(bad));
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.body().contains("NOPE-99"), refused::toString);
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM exam_question WHERE code LIKE ?", "%" + s2));

        Map<String, String> xxe = new LinkedHashMap<>();
        xxe.put("imsmanifest.xml", "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><manifest>&x;</manifest>");
        Api.Reply evil = author.post("/api/author/exams/qti", "application/zip", zip(xxe));
        assertEquals(422, evil.status(), evil::toString);
        assertTrue(!evil.body().contains("root:"), "no file content leaks");
    }

    // Topics of their own: the demo exam draws by topic (contact, floor, ...), and these must not join it.
    @Test
    void csvQuestionsImportAllOrNothing() throws Exception {
        String s = java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Api author = Api.as(base, DemoUsers.AUTHOR);
        String good = "id,type,rules,topics,difficulty,text_en,text_ru,customer_en,customer_ru,options_en,options_ru,answer,tolerance,patterns\n"
                + "CSV1-" + s + ",single,GREET-01,csv-" + s + ",1,Which greeting?,Какое приветствие?,,,Hello|What?,Здравствуйте|Что?,a,,\n"
                + "CSV2-" + s + ",matching,NEEDS-02,csv-" + s + ",2,Match,Сопоставьте,,,Open => What|Closed => Yes?,Открытый => Что|Закрытый => Да?,,,\n"
                + "CSV3-" + s + ",short_text,LOOK-03,csv-" + s + ",2,Badge word,Слово на бейдже,,,,,Trainee;Стажёр,,trainee.*\n";
        Api.Reply ok = author.post("/api/author/exams/bank/csv?name=good.csv", "text/csv", good);
        assertEquals(200, ok.status(), ok::toString);
        assertEquals(3, ok.json().getInt("changed"));
        assertEquals(3, TestDatabase.count("SELECT COUNT(*) FROM exam_question WHERE code LIKE ? AND origin = 'csv'", "%-" + s));

        String bad = "id,type,rules,topics,difficulty,text_en,text_ru,customer_en,customer_ru,options_en,options_ru,answer,tolerance,patterns\n"
                + "CSV4-" + s + ",single,GREET-01,csv-" + s + ",1,Fine,Хорошо,,,A|B,А|Б,b,,\n"
                + "CSV5-" + s + ",numeric,GREET-01,csv-" + s + ",1,How many?,Сколько?,,,,,many,,\n"
                + "CSV6-" + s + ",single,NOPE-01,csv-" + s + ",1,Unknown rule,Неизвестное правило,,,A|B,А|Б,a,,\n";
        Api.Reply refused = author.post("/api/author/exams/bank/csv?name=bad.csv", "text/csv", bad);
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.body().contains("\"row\":3"), refused::toString);
        assertTrue(refused.body().contains("NOPE-01"), refused::toString);
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM exam_question WHERE code = ?", "CSV4-" + s));
    }
}
