package org.firstshift.shadowing.api;

import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.shadowing.application.SignOffCommand;
import org.firstshift.shadowing.domain.PhotoFormat;
import org.firstshift.shadowing.domain.Rating;

import java.util.Base64;

/**
 * The body of {@code POST /api/shadowing/signoffs}:
 * <pre>
 * {"clientId": "9b2c...-uuid", "traineeId": 1001, "taskId": "SH-S-GREET", "rating": "WITH_HELP",
 *  "comment": "stepped in once", "shiftId": 2001, "correctsId": null,
 *  "photo": {"contentType": "image/jpeg", "data": "&lt;base64, or a data: URL&gt;"}}
 * </pre>
 * {@code shiftId}, {@code comment}, {@code correctsId} and {@code photo} are optional. The photo's
 * type is taken from its bytes, not from {@code contentType}.
 */
public record SignOffInput(String clientId, Long traineeId, String taskId, String rating, String comment, Long shiftId,
                           Long correctsId, PhotoInput photo) {

    public record PhotoInput(String contentType, String data) {
    }

    /** Base64 of 5 MB is about 6.7 million characters; anything much longer is refused before decoding. */
    static final int MAX_BASE64 = (PhotoFormat.MAX_BYTES / 3 + 1) * 4 + 100;

    SignOffCommand command() {
        if (traineeId == null) {
            throw new InvalidInputException("traineeId", "the trainee is required");
        }
        Rating r;
        try {
            r = Rating.parse(rating);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("rating", e.getMessage());
        }
        return new SignOffCommand(clientId, traineeId, taskId, r, comment, shiftId, correctsId, photoBytes());
    }

    private byte[] photoBytes() {
        if (photo == null || photo.data() == null || photo.data().isBlank()) {
            return null;
        }
        String data = photo.data().strip();
        if (data.startsWith("data:")) {
            data = data.substring(data.indexOf(',') + 1);
        }
        if (data.length() > MAX_BASE64) {
            throw new InvalidInputException("photo", "the photo is larger than 5 MB");
        }
        try {
            return Base64.getMimeDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("photo", "the photo is not valid base64");
        }
    }
}
