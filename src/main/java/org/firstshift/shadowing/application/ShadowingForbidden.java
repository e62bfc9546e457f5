package org.firstshift.shadowing.application;

/**
 * The caller may not see or write this trainee's shadowing: not their trainee, no shift with them
 * that day, their own tasks, a locked or wrong PIN. Answered with 403; nothing was written (except
 * the count of a wrong PIN).
 */
public class ShadowingForbidden extends RuntimeException {
    public ShadowingForbidden(String reason) {
        super(reason);
    }
}
