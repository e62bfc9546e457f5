package org.firstshift.platform.api;

import java.util.List;

/**
 * Input the caller is not allowed to give (a role they may not grant, an account they may not
 * manage). Answered with 403 problem+json naming every refused item. It is a kind of
 * {@link InvalidInputException} so that pages, imports and SCIM, which already show every problem
 * of refused input, show these too; like it, it is thrown before anything is written.
 */
public class PermissionDeniedException extends InvalidInputException {

    public PermissionDeniedException(String summary, List<ProblemItem> problems) {
        super(summary, problems);
    }

    public PermissionDeniedException(String field, String message) {
        super(field, message);
    }
}
