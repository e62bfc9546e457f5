package org.firstshift.elearning.packages.domain;

/**
 * What an upload may expand to. Checked while reading (a zip's own size fields can lie), so a
 * zip bomb stops at the limit instead of filling memory.
 */
public record PackageLimits(long maxUploadBytes, long maxExpandedBytes, int maxFiles) {
    public static final PackageLimits DEFAULT = new PackageLimits(100L * 1024 * 1024, 200L * 1024 * 1024, 5000);
}
