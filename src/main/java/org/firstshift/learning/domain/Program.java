package org.firstshift.learning.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.persistence.CodeListConverter;
import org.firstshift.platform.persistence.Identified;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A program (learning path): an ordered set of activities with prerequisites and due days, for an
 * audience of positions and locations. Its plan is checked when it is set: unique activity ids,
 * prerequisites that exist, and no prerequisite cycle.
 */
@Entity
@Table(name = "program")
@NamedQuery(name = "Program.all", query = "SELECT p FROM Program p ORDER BY p.code")
@NamedQuery(name = "Program.findByCode", query = "SELECT p FROM Program p WHERE p.code = :code")
public class Program extends Identified {

    @Column(nullable = false, unique = true)
    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "summary_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "summary_ru"))})
    private LocalizedText summary;

    @Convert(converter = CodeListConverter.class)
    private List<String> positions = new ArrayList<>();

    @Convert(converter = CodeListConverter.class)
    private List<String> locations = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PublicationStatus status = PublicationStatus.PUBLISHED;

    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("ordinal")
    private List<ProgramActivity> activities = new ArrayList<>();

    protected Program() {
    }

    public Program(String code, LocalizedText title, LocalizedText summary, Audience audience) {
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9_-]{0,39}")) {
            throw new IllegalArgumentException("program id '" + code + "' must be upper-case letters, digits, '_' or '-'");
        }
        this.code = code;
        describe(title, summary, audience);
    }

    public final void describe(LocalizedText newTitle, LocalizedText newSummary, Audience audience) {
        this.title = java.util.Objects.requireNonNull(newTitle, "title is required");
        this.summary = newSummary;
        this.positions = new ArrayList<>(audience.positions());
        this.locations = new ArrayList<>(audience.locations());
    }

    /** Replaces the plan after checking it; a refused plan leaves the old one in place. */
    public void plan(List<ActivitySlot> slots) {
        checkPlan(slots);
        activities.clear();
        for (ActivitySlot slot : slots) {
            activities.add(new ProgramActivity(this, activities.size() + 1, slot));
        }
    }

    /** Refuses duplicate ids, unknown prerequisites, due days before 1, and prerequisite cycles. */
    public static void checkPlan(List<ActivitySlot> slots) {
        Map<String, ActivitySlot> byCode = new HashMap<>();
        for (ActivitySlot s : slots) {
            if (byCode.put(s.code(), s) != null) {
                throw new IllegalArgumentException("activity '" + s.code() + "' appears twice");
            }
            if (s.dueDay() < 1) {
                throw new IllegalArgumentException("activity '" + s.code() + "': due day must be 1 or later");
            }
        }
        for (ActivitySlot s : slots) {
            for (String r : s.requires()) {
                if (!byCode.containsKey(r)) {
                    throw new IllegalArgumentException("activity '" + s.code() + "' requires '" + r + "', which is not in the program");
                }
            }
        }
        Set<String> done = new HashSet<>();
        for (ActivitySlot s : slots) {
            List<String> cycle = findCycle(s.code(), byCode, new LinkedHashSet<>(), done);
            if (cycle != null) {
                throw new IllegalArgumentException("prerequisite cycle: " + String.join(" -> ", cycle));
            }
        }
    }

    private static List<String> findCycle(String code, Map<String, ActivitySlot> byCode, LinkedHashSet<String> path, Set<String> done) {
        if (done.contains(code)) {
            return null;
        }
        if (path.contains(code)) {
            List<String> cycle = new ArrayList<>();
            boolean in = false;
            for (String p : path) {
                in = in || p.equals(code);
                if (in) {
                    cycle.add(p);
                }
            }
            cycle.add(code);
            return cycle;
        }
        path.add(code);
        for (String r : byCode.get(code).requires()) {
            List<String> cycle = findCycle(r, byCode, path, done);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(code);
        done.add(code);
        return null;
    }

    public Audience audience() {
        return new Audience(positions, locations);
    }

    public boolean isFor(String positionCode, String locationCode) {
        return status == PublicationStatus.PUBLISHED && audience().includes(positionCode, locationCode);
    }

    public Optional<ProgramActivity> activity(String activityCode) {
        return activities.stream().filter(a -> a.getCode().equals(activityCode)).findFirst();
    }

    public boolean contains(String typeKey, String ref) {
        return activities.stream().anyMatch(a -> a.getTypeKey().equals(typeKey) && a.getRef().equals(ref));
    }

    public void publish() { status = PublicationStatus.PUBLISHED; }
    public void withdraw() { status = PublicationStatus.DRAFT; }

    public String getCode() { return code; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getSummary() { return summary; }
    public PublicationStatus getStatus() { return status; }
    public List<ProgramActivity> getActivities() { return List.copyOf(activities); }
}
