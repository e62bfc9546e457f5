package org.firstshift.shadowing.application;

import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.shadowing.domain.Rating;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignOffCommandTest {

    @Test
    void theClientIdIsAUuidInCanonicalForm() {
        SignOffCommand c = new SignOffCommand(" 9B2C3D4E-0000-4000-8000-00000000000A ", 1, "SH-S-GREET", Rating.WITH_HELP,
                null, null, null, null).normalised();
        assertEquals("9b2c3d4e-0000-4000-8000-00000000000a", c.clientId());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SignOffCommand("not-a-uuid", 1,
                " ", null, null, null, null, null).normalised());
        assertEquals(3, e.problems().size(), "client id, task and rating are all reported at once");
    }

    @Test
    void commentsAreTrimmedAndLoseControlCharactersButKeepLineBreaks() {
        assertEquals("stepped in once\nthen fine", SignOffCommand.clean("  stepped in\u0000 once\r\nthen fine\u0007 "));
        assertNull(SignOffCommand.clean(" \t "));
        String tooLong = "x".repeat(SignOffCommand.MAX_COMMENT + 1);
        assertThrows(InvalidInputException.class, () -> new SignOffCommand("9b2c3d4e-0000-4000-8000-00000000000a", 1, "T",
                Rating.NOT_YET, tooLong, null, null, null).normalised());
    }

    @Test
    void aPhotoThatIsNotJpegOrPngIsRefusedWithTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SignOffCommand(
                "9b2c3d4e-0000-4000-8000-00000000000a", 1, "T", Rating.NOT_YET, null, null, null, "GIF89a".getBytes()).normalised());
        assertEquals("photo", e.problems().get(0).column());
        assertTrue(e.problems().get(0).message().contains("JPEG or PNG"));
    }
}
