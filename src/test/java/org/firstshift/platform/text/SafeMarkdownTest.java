package org.firstshift.platform.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeMarkdownTest {

    @Test
    void markdownBecomesHtml() {
        String html = SafeMarkdown.toHtml("## Greeting\n\n- **Smile**\n- say *hello*\n\n[standard](https://example.org/s)");
        assertTrue(html.contains("<h2>Greeting</h2>"), html);
        assertTrue(html.contains("<strong>Smile</strong>"), html);
        assertTrue(html.contains("<em>hello</em>"), html);
        assertTrue(html.contains("href=\"https://example.org/s\""), html);
    }

    @Test
    void scriptsAndEventHandlersAreStripped() {
        String html = SafeMarkdown.toHtml("Hi <script>alert(1)</script>\n\n<img src=x onerror=\"alert(2)\">"
                + "\n\n<a href=\"javascript:alert(3)\" onclick=\"alert(4)\">x</a>\n\n<iframe src=\"https://evil\"></iframe>"
                + "<div style=\"position:fixed\" onmouseover=\"alert(5)\">y</div>");
        String lower = html.toLowerCase();
        assertFalse(lower.contains("<script"), html);
        assertFalse(lower.contains("onerror"), html);
        assertFalse(lower.contains("onclick"), html);
        assertFalse(lower.contains("onmouseover"), html);
        assertFalse(lower.contains("javascript:"), html);
        assertFalse(lower.contains("<iframe"), html);
        assertFalse(lower.contains("style="), html);
        assertTrue(html.contains("Hi"), "the harmless text stays");
    }

    @Test
    void imagesComeOnlyFromHttpsOrOurOwnPaths() {
        assertTrue(SafeMarkdown.toHtml("![shelf](https://cdn.example.org/shelf.png)").contains("<img"));
        assertTrue(SafeMarkdown.toHtml("![shelf](/media/42)").contains("src=\"/media/42\""));
        assertFalse(SafeMarkdown.toHtml("![x](data:image/svg+xml;base64,PHN2Zz4=)").contains("src="));
        assertFalse(SafeMarkdown.toHtml("![x](//evil.example/x.png)").contains("src="));
    }

    @Test
    void emptyTextRendersNothing() {
        assertEquals("", SafeMarkdown.toHtml("  "));
        assertEquals("", SafeMarkdown.toHtml(null));
    }
}
