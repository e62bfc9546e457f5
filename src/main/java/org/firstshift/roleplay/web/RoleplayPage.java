package org.firstshift.roleplay.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.web.FacesMessages;
import org.firstshift.roleplay.application.Debriefs;
import org.firstshift.roleplay.application.Roleplays;
import org.firstshift.roleplay.application.Scenarios;
import org.firstshift.roleplay.domain.Node;
import org.firstshift.roleplay.domain.NodeType;
import org.firstshift.roleplay.domain.Response;
import org.firstshift.roleplay.domain.RoleplayAttempt;
import org.firstshift.roleplay.domain.Scenario;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The chat-like play page: customer bubbles, the trainee's choices as buttons, feedback after each
 * choice, the debrief at the end. An unfinished attempt is resumed where it stopped.
 */
@Named
@ViewScoped
public class RoleplayPage implements Serializable {

    @Inject
    Roleplays roleplays;

    @Inject
    Scenarios scenarios;

    @Inject
    Debriefs debriefs;

    @Inject
    CurrentUser user;

    @Inject
    LanguageChoice language;

    /** One line of the conversation: who says it (customer, me, feedback-good, feedback-bad) and what. */
    public record Bubble(String who, String text, String image, String audio) {
        Bubble(String who, String text) {
            this(who, text, null, null);
        }
    }

    public record Option(String id, String text) {
    }

    private String ref;
    private Long attemptId;
    private final List<Bubble> transcript = new ArrayList<>();
    private List<Option> options = List.of();
    private Debriefs.Debrief debrief;
    private String prompt;
    private boolean freeText;
    private String answerText;

    public void open() {
        if (ref == null || scenarios.byCode(ref).isEmpty() || user.employeeId().isEmpty() || attemptId != null) {
            return;
        }
        roleplays.attemptsOf(user.employeeId().get(), ref).stream().filter(a -> !a.isFinished()).findFirst()
                .ifPresent(a -> show(roleplays.current(user.employeeId().get(), a.getId())));
    }

    public void start() {
        transcript.clear();
        debrief = null;
        show(roleplays.start(user.employeeId().orElseThrow(), ref));
    }

    public void choose(String responseId) {
        Locale locale = language.getLocale();
        options.stream().filter(o -> o.id().equals(responseId)).findFirst()
                .ifPresent(o -> transcript.add(new Bubble("me", o.text())));
        FacesMessages.attempt(() -> {
            Roleplays.Turn turn = roleplays.choose(user.employeeId().orElseThrow(), attemptId, responseId);
            Response chosen = turn.graph().nodes().values().stream().flatMap(n -> n.response(responseId).stream()).findFirst().orElseThrow();
            transcript.add(new Bubble(chosen.score() > 0 ? "feedback-good" : "feedback-bad", chosen.feedback().in(locale)));
            show(turn);
        });
    }

    /** Sends the trainee's own words; the mentor rates them later. */
    public void answer() {
        String text = answerText;
        if (FacesMessages.attempt(() -> show(roleplays.answer(user.employeeId().orElseThrow(), attemptId, text)))) {
            transcript.add(transcript.size() - lastLines, new Bubble("me", text));
            transcript.add(transcript.size() - lastLines, new Bubble("feedback-good", language.getLocale().getLanguage().equals("ru")
                    ? "Ответ сохранён: наставник оценит его по стандарту." : "Saved: your mentor will rate it against the standard."));
            answerText = null;
        }
    }

    private int lastLines;

    private void show(Roleplays.Turn turn) {
        lastLines = turn.stop().customerLines().size();
        Locale locale = language.getLocale();
        attemptId = turn.attempt().getId();
        turn.stop().customerLines().forEach(l -> transcript.add(new Bubble("customer", l.text().in(locale),
                l.media() == null ? null : l.media().image(), l.media() == null ? null : l.media().audio())));
        Node node = turn.stop().node();
        freeText = node.type() == NodeType.FREE_TEXT;
        if (node.type() == NodeType.CHOICE || freeText) {
            options = node.responses().stream().map(r -> new Option(r.id(), r.text().in(locale))).toList();
            prompt = node.prompt() == null ? null : node.prompt().in(locale);
        } else {
            options = List.of();
            prompt = null;
        }
        RoleplayAttempt attempt = turn.attempt();
        debrief = attempt.isFinished() ? debriefs.of(attempt, locale) : null;
    }

    public Scenario getScenario() {
        return ref == null ? null : scenarios.byCode(ref).orElse(null);
    }

    public String getSummary() {
        Scenario s = getScenario();
        return s == null ? "" : scenarios.graph(s).summary() == null ? "" : scenarios.graph(s).summary().in(language.getLocale());
    }

    public Roleplays.Record getRecord() {
        return user.employeeId().map(id -> roleplays.recordOf(id, ref)).orElse(null);
    }

    public boolean isPlaying() { return attemptId != null && debrief == null; }
    public boolean isFreeText() { return freeText; }
    public String getAnswerText() { return answerText; }
    public void setAnswerText(String answerText) { this.answerText = answerText; }
    public String getRef() { return ref; }
    public void setRef(String ref) { this.ref = ref; }
    public List<Bubble> getTranscript() { return transcript; }
    public List<Option> getOptions() { return options; }
    public Debriefs.Debrief getDebrief() { return debrief; }
    public String getPrompt() { return prompt; }
}
