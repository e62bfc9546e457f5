package org.firstshift.platform.notify;

import org.firstshift.platform.i18n.Languages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NoticeTest {

    @Test
    void isoDatesAreWrittenOutInTheReadersLanguage() {
        assertEquals("24 ноября 2026 г.", Notice.shown("2026-11-24", Languages.RUSSIAN));
        assertEquals("November 24, 2026", Notice.shown("2026-11-24", Languages.ENGLISH));
        assertEquals("NW-1001", Notice.shown("NW-1001", Languages.ENGLISH));
        assertEquals("2026-13-45", Notice.shown("2026-13-45", Languages.ENGLISH), "not a date: kept as it is");
    }

    @Test
    void theTextIsRenderedWhenRead() {
        Notice notice = new Notice(new NoticeRequested(7, "shadowing", "notice.shiftMoved",
                List.of("2026-11-24", "12:00", "20:00"), "/learner/shadowing.xhtml", null), Instant.EPOCH);
        assertEquals("Shadow shift moved to November 24, 2026, 12:00–20:00.", notice.text(Languages.ENGLISH));
        assertEquals("Смена с наставником перенесена на 24 ноября 2026 г., 12:00–20:00.", notice.text(Languages.RUSSIAN));
    }
}
