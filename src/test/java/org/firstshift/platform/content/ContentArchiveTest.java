package org.firstshift.platform.content;

import org.firstshift.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentArchiveTest {

    private static byte[] zip(String... nameThenContent) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < nameThenContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry(nameThenContent[i]));
                zip.write(nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aFolderInsideTheZipIsTreatedAsTheContentFolder() throws IOException {
        ContentSource source = ContentArchive.read(new ByteArrayInputStream(zip(
                "demo/company.yaml", "name: X", "demo/standards/retail.yaml", "id: R", "demo/notes.txt", "ignored")), "t");
        assertEquals(2, source.files().size());
        assertTrue(source.files().containsKey("company.yaml"));
        assertTrue(source.files().containsKey("standards/retail.yaml"));
    }

    @Test
    void entriesThatClimbOutOfTheFolderAreRefused() throws IOException {
        byte[] evil = zip("../company.yaml", "name: X");
        var e = assertThrows(InvalidInputException.class, () -> ContentArchive.read(new ByteArrayInputStream(evil), "t"));
        assertTrue(e.getMessage().contains("outside"));
    }

    @Test
    void anArchiveThatExpandsTooMuchIsRefused() throws IOException {
        String big = "a".repeat((int) (ContentArchive.MAX_TOTAL_BYTES / 4) + 1);
        byte[] bomb = zip("a.yaml", big, "b.yaml", big, "c.yaml", big, "d.yaml", big, "e.yaml", big);
        assertTrue(bomb.length < 200_000, "compresses well, like a real zip bomb");
        var e = assertThrows(InvalidInputException.class, () -> ContentArchive.read(new ByteArrayInputStream(bomb), "t"));
        assertTrue(e.getMessage().contains("MB"));
    }

    @Test
    void somethingThatIsNotAZipIsRefused() {
        var e = assertThrows(InvalidInputException.class,
                () -> ContentArchive.read(new ByteArrayInputStream("name: X".getBytes(StandardCharsets.UTF_8)), "t"));
        assertTrue(e.getMessage().contains("zip"));
    }
}
