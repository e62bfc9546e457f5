package org.firstshift.platform.text;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown written by authors, rendered to HTML that is safe to show: CommonMark renders it (raw
 * HTML included, since authors paste from elsewhere), then the OWASP sanitizer keeps only
 * formatting, links, images and tables, and drops scripts, event handlers, styles and frames.
 */
public final class SafeMarkdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("img")
                    .allowAttributes("alt", "title").onElements("img")
                    .allowAttributes("src").matching(SafeMarkdown::safeImageSource).onElements("img")
                    .allowElements("pre", "code", "hr", "br")
                    .toFactory())
            .and(new HtmlPolicyBuilder().allowElements("a").requireRelNofollowOnLinks().toFactory());

    private SafeMarkdown() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /** Images from our own media store or https only; never data: or javascript: URLs. */
    static boolean safeImageSource(String src) {
        String s = src.strip().toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("https://") || (s.startsWith("/") && !s.startsWith("//"));
    }
}
