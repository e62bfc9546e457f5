package org.firstshift.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Locale;

/** One answer of a knowledge-check question, with a sentence on why it is right or wrong. */
@Embeddable
public class AnswerOption {
    @Column(name = "text_en", nullable = false)
    private String textEn;
    @Column(name = "text_ru", nullable = false)
    private String textRu;
    @Column(name = "why_en")
    private String whyEn;
    @Column(name = "why_ru")
    private String whyRu;
    @Column(nullable = false)
    private boolean correct;

    protected AnswerOption() {
    }

    public AnswerOption(String textEn, String textRu, String whyEn, String whyRu, boolean correct) {
        this.textEn = textEn;
        this.textRu = textRu == null || textRu.isBlank() ? textEn : textRu;
        this.whyEn = whyEn;
        this.whyRu = whyRu == null || whyRu.isBlank() ? whyEn : whyRu;
        this.correct = correct;
    }

    public String text(Locale locale) { return "ru".equals(locale.getLanguage()) ? textRu : textEn; }
    public String why(Locale locale) { return "ru".equals(locale.getLanguage()) ? whyRu : whyEn; }
    public boolean isCorrect() { return correct; }
    public String getTextEn() { return textEn; }
    public String getTextRu() { return textRu; }
}
