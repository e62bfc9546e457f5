package org.firstshift.elearning.packages.domain.scorm;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rule for one data model element (indices written as {@code n}): who may read and write it
 * and what a value must look like. {@code pattern} is matched against the whole value;
 * {@code vocabulary} lists the allowed tokens; {@code min}/{@code max} bound numbers;
 * {@code maxLength} bounds strings. Exposed as JSON to the content-side shim so it answers
 * SetValue at once; the server checks the same rules again on commit and is authoritative.
 */
public record CmiElement(String name, Access access, String type, Pattern pattern, List<String> vocabulary,
                         Double min, Double max, int maxLength) {

    public enum Access { RO, WO, RW }

    public boolean readable() {
        return access != Access.WO;
    }

    public boolean writable() {
        return access != Access.RO;
    }
}
