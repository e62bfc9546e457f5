package org.firstshift.shadowing.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhotoFormatTest {
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Test
    void jpegAndPngAreRecognisedByTheirFirstBytes() {
        assertEquals(PhotoFormat.JPEG, PhotoFormat.check(JPEG));
        assertEquals(PhotoFormat.PNG, PhotoFormat.check(PNG));
        assertEquals("image/png", PhotoFormat.check(PNG).contentType());
    }

    @Test
    void anythingElseIsRefusedWhateverItClaimsToBe() {
        byte[] gif = "GIF89a....".getBytes(StandardCharsets.US_ASCII);
        byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PhotoFormat.check(gif)).getMessage().contains("JPEG or PNG"));
        assertThrows(IllegalArgumentException.class, () -> PhotoFormat.check(html));
        assertThrows(IllegalArgumentException.class, () -> PhotoFormat.check(new byte[]{(byte) 0xFF, (byte) 0xD8}), "too short");
        assertThrows(IllegalArgumentException.class, () -> PhotoFormat.check(new byte[0]));
    }

    @Test
    void photosOverFiveMegabytesAreRefused() {
        byte[] big = Arrays.copyOf(JPEG, PhotoFormat.MAX_BYTES + 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PhotoFormat.check(big)).getMessage().contains("5 MB"));
        assertEquals(PhotoFormat.JPEG, PhotoFormat.check(Arrays.copyOf(JPEG, PhotoFormat.MAX_BYTES)));
    }

    @Test
    void aStoredPhotoKeepsItsHash() {
        SignOffPhoto photo = new SignOffPhoto(PNG, java.time.Instant.EPOCH);
        assertEquals(PhotoFormat.sha256(PNG), photo.getSha256());
        assertEquals(PNG.length, photo.getByteCount());
    }
}
