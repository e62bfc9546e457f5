package org.firstshift.elearning.packages.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile uploads are refused with a reason before anything could be stored. */
class PackageSafetyTest {

    static final String MANIFEST = """
            <?xml version="1.0"?>
            <manifest identifier="m" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
              <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
              <organizations default="o"><organization identifier="o"><title>T</title>
                <item identifier="i" identifierref="r"><title>I</title></item></organization></organizations>
              <resources><resource identifier="r" type="webcontent" adlcp:scormtype="sco" href="index.html">
                <file href="index.html"/></resource></resources>
            </manifest>
            """;

    static Map<String, byte[]> good() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", MANIFEST.getBytes(StandardCharsets.UTF_8));
        files.put("index.html", "<p>hi</p>".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    static String problems(ReadPackage r) {
        return r.problems().stream().map(p -> p.describe()).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void aGoodPackageIsRead() {
        ReadPackage r = new PackageReader(PackageLimits.DEFAULT).read("p.zip", "application/zip", PackageFixtures.zip(good()));
        assertTrue(r.valid(), problems(r));
        assertEquals(PackageKind.SCORM_12, r.kind());
        assertEquals("index.html", r.items().get(0).launch());
        assertEquals(2, r.files().size());
    }

    @Test
    void zipSlipIsRefused() {
        for (String evil : new String[]{"../evil.html", "a/../../evil.html", "/etc/evil", "C:/evil", "a\\..\\evil"}) {
            Map<String, byte[]> files = good();
            files.put(evil, new byte[]{1});
            ReadPackage r = new PackageReader(PackageLimits.DEFAULT).read("p.zip", "application/zip", PackageFixtures.zip(files));
            assertFalse(r.valid(), evil);
            assertTrue(problems(r).contains("unsafe path"), evil + ": " + problems(r));
        }
    }

    @Test
    void aZipBombStopsAtTheExpandedLimit() {
        Map<String, byte[]> files = good();
        files.put("zeros.bin", new byte[3_000_000]); // compresses to a few KB
        byte[] zip = PackageFixtures.zip(files);
        assertTrue(zip.length < 100_000);
        ReadPackage r = new PackageReader(new PackageLimits(10_000_000, 1_000_000, 100)).read("p.zip", "application/zip", zip);
        assertFalse(r.valid());
        assertTrue(problems(r).contains("expands to more than 1000000 bytes"), problems(r));
    }

    @Test
    void tooManyFilesAreRefused() {
        Map<String, byte[]> files = good();
        for (int i = 0; i < 20; i++) {
            files.put("f" + i + ".txt", new byte[]{1});
        }
        ReadPackage r = new PackageReader(new PackageLimits(10_000_000, 10_000_000, 10)).read("p.zip", "application/zip", PackageFixtures.zip(files));
        assertTrue(problems(r).contains("more than 10 files"), problems(r));
    }

    @Test
    void anUploadLargerThanTheLimitIsRefused() {
        ReadPackage r = new PackageReader(new PackageLimits(100, 10_000_000, 10)).read("p.zip", "application/zip", PackageFixtures.zip(good()));
        assertTrue(problems(r).contains("more than the limit of 100"), problems(r));
    }

    @Test
    void externalEntitiesAndEntityExpansionAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + MANIFEST.substring(MANIFEST.indexOf("<manifest")).replace("<title>T</title>", "<title>&x;</title>");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + MANIFEST.substring(MANIFEST.indexOf("<manifest")).replace("<title>T</title>", "<title>&c;</title>");
        for (String manifest : new String[]{xxe, laughs}) {
            Map<String, byte[]> files = good();
            files.put("imsmanifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
            ReadPackage r = new PackageReader(PackageLimits.DEFAULT).read("p.zip", "application/zip", PackageFixtures.zip(files));
            assertFalse(r.valid());
            assertTrue(problems(r).contains("DOCTYPE"), problems(r));
        }
    }

    @Test
    void aZipDeclaredAsSomethingElseIsRefused() {
        ReadPackage r = new PackageReader(PackageLimits.DEFAULT).read("p.zip", "image/png", PackageFixtures.zip(good()));
        assertTrue(problems(r).contains("not as a zip"), problems(r));
    }

    @Test
    void everyProblemIsListedNotJustTheFirst() {
        String manifest = MANIFEST.replace("<title>T</title>", "").replace("identifierref=\"r\"", "identifierref=\"nope\"");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        ReadPackage r = new PackageReader(PackageLimits.DEFAULT).read("p.zip", "application/zip", PackageFixtures.zip(files));
        String all = problems(r);
        assertTrue(all.contains("has no title") && all.contains("which does not exist") && all.contains("missing from the zip"), all);
    }
}
