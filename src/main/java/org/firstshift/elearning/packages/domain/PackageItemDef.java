package org.firstshift.elearning.packages.domain;

/**
 * One node of a package's structure, flattened in document order: a SCORM item (an SCO, an asset
 * or a cluster without content) or a cmi5 block/AU. {@code launch} is the path inside the package
 * (or an absolute URL for cmi5) with the item's parameters; null for clusters and blocks.
 * {@code moveOn} and {@code masteryScore} are cmi5's (or SCORM 1.2's adlcp:masteryscore).
 */
public record PackageItemDef(String identifier, String parent, int depth, String title, String launch,
                             String scormType, String moveOn, Double masteryScore, String launchMethod) {

    public boolean launchable() {
        return launch != null;
    }
}
