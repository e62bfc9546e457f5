package org.firstshift.platform.content;

/**
 * The part of a content folder one module reads, e.g. {@code organisation.yaml} for the people
 * module. Loading happens in two passes over all sections: first every section checks its file
 * (and declares the keys it defines, so later sections can refer to them), then, only if no
 * problem was found anywhere, every section writes, all in one transaction.
 */
public interface ContentSection {

    /**
     * The file this section reads, relative to the content folder (e.g. {@code people.yaml}), or a
     * folder ending in {@code /} (e.g. {@code standards/}) whose every YAML file it reads.
     */
    String file();

    default boolean reads(String path) {
        return file().endsWith("/") ? path.startsWith(file()) : path.equals(file());
    }

    /** Sections are checked and loaded in this order (organisation before people, ...). */
    int order();

    /** Finds every problem; writes nothing. */
    void check(YamlMap root, ContentContext context);


    /** Writes the content; only called when no section found a problem. Must be idempotent (upsert). */
    void load(YamlMap root, ContentContext context);
}
