package org.firstshift.it;

import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading company content: the demo loads at first start; a broken folder loads nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentIT {

    @ArquillianResource
    URL base;

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void theDemoCompanyIsLoadedAtFirstStart() throws Exception {
        assertTrue(TestDatabase.count("SELECT COUNT(*) FROM employee") >= 12);
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM location WHERE code LIKE 'STORE-%'"));
        assertEquals(1, TestDatabase.count(
                "SELECT COUNT(*) FROM mentor_assignment m JOIN employee t ON t.id = m.trainee_id WHERE t.personnel_number = 'NW-1001'"));
    }

    @Test
    void reloadingTheDemoIsIdempotent() throws Exception {
        long before = TestDatabase.count("SELECT COUNT(*) FROM employee WHERE personnel_number LIKE 'NW-%'");
        Api.Reply reply = Api.as(base, DemoUsers.ADMIN).post("/api/admin/content/reload", "application/json", "");
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.json().getJsonArray("files").toString().contains("people.yaml"));
        assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM employee WHERE personnel_number LIKE 'NW-%'"));
        assertEquals(200, Api.as(base, DemoUsers.LEARNER).get("/api/me").status(), "demo passwords still work");
    }

    @Test
    void aBrokenFileLoadsNothingAndNamesFileAndLine() throws Exception {
        byte[] archive = zip(Map.of(
                "company.yaml", "name: Broken Co\n",
                "organisation.yaml", """
                        positions:
                          - code: ZEPPELIN_PILOT
                            name: {en: Zeppelin pilot, ru: Пилот дирижабля}
                        """,
                "people.yaml", """
                        employees:
                          - personnel_number: ZZ-1
                            full_name: Nobody Known
                            hire_date: 2026-01-01
                            position: ZEPPELIN_PILOT
                            location: ATLANTIS
                """));
        Api.Reply reply = Api.as(base, DemoUsers.ADMIN).post("/api/admin/content", "application/zip", archive);
        assertEquals(422, reply.status(), reply::toString);
        var problem = reply.json().getJsonArray("problems").getJsonObject(0);
        assertEquals("people.yaml", problem.getString("file"));
        assertEquals(6, problem.getInt("row"), reply::toString);
        assertTrue(problem.getString("message").contains("ATLANTIS"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM job_position WHERE code = 'ZEPPELIN_PILOT'"),
                "the valid organisation.yaml of the same folder must not be written either");
    }

    @Test
    void invalidYamlAndUnknownFieldsAreReported() throws Exception {
        byte[] archive = zip(Map.of(
                "company.yaml", "name: Typo Co\n",
                "organisation.yaml", "positions:\n  - code: CLERK\n    naem: Clerk\n",
                "people.yaml", "employees: [\n"));
        Api.Reply reply = Api.as(base, DemoUsers.ADMIN).post("/api/admin/content", "application/zip", archive);
        assertEquals(422, reply.status(), reply::toString);
        assertTrue(reply.body().contains("unknown field 'naem'"), reply::toString);
        assertTrue(reply.body().contains("not valid YAML"), reply::toString);
    }

    @Test
    void aZipThatClimbsOutOfItsFolderIsRefused() throws Exception {
        byte[] archive = zip(Map.of("../../etc/company.yaml", "name: Evil\n"));
        Api.Reply reply = Api.as(base, DemoUsers.ADMIN).post("/api/admin/content", "application/zip", archive);
        assertEquals(422, reply.status(), reply::toString);
        assertTrue(reply.body().contains("outside the folder"));
    }
}
