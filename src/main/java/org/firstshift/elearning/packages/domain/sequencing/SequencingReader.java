package org.firstshift.elearning.packages.domain.sequencing;

import org.firstshift.elearning.packages.domain.Problems;
import org.firstshift.elearning.packages.domain.SafeXml;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.firstshift.elearning.packages.domain.SafeXml.attr;
import static org.firstshift.elearning.packages.domain.SafeXml.child;
import static org.firstshift.elearning.packages.domain.SafeXml.children;

/**
 * Builds the activity tree of a SCORM 2004 manifest's default organization with the
 * {@code imsss:sequencing} of every item (and of the organization), including definitions shared
 * through {@code imsss:sequencingCollection} and {@code IDRef}.
 */
public final class SequencingReader {
    private SequencingReader() {
    }

    public static SequencingEngine read(byte[] manifest) {
        Element root = SafeXml.parse(manifest, "imsmanifest.xml", new Problems())
                .orElseThrow(() -> new IllegalArgumentException("the manifest cannot be read")).getDocumentElement();
        Map<String, Element> collection = new HashMap<>();
        child(root, "sequencingCollection").ifPresent(c -> children(c, "sequencing")
                .forEach(s -> Optional.ofNullable(attr(s, "ID")).ifPresent(id -> collection.put(id, s))));
        Element orgs = child(root, "organizations").orElseThrow();
        String def = attr(orgs, "default");
        Element org = children(orgs, "organization").stream().filter(o -> def == null || def.equals(attr(o, "identifier")))
                .findFirst().orElseThrow();
        Activity top = new Activity(attr(org, "identifier"), SafeXml.text(org, "title"), null);
        apply(top, org, collection);
        for (Element item : children(org, "item")) {
            item(item, top, collection);
        }
        boolean authored = root.getElementsByTagNameNS("http://www.imsglobal.org/xsd/imsss", "sequencing").getLength() > 0;
        return new SequencingEngine(top).authored(authored);
    }

    private static void item(Element item, Activity parent, Map<String, Element> collection) {
        Activity a = new Activity(attr(item, "identifier"), SafeXml.text(item, "title"), parent);
        apply(a, item, collection);
        for (Element kid : children(item, "item")) {
            item(kid, a, collection);
        }
    }

    private static void apply(Activity a, Element owner, Map<String, Element> collection) {
        Optional<Element> own = child(owner, "sequencing");
        own.map(s -> attr(s, "IDRef")).map(collection::get).ifPresent(shared -> definition(a, shared));
        own.ifPresent(s -> definition(a, s));
    }

    private static void definition(Activity a, Element seq) {
        child(seq, "controlMode").ifPresent(c -> {
            a.choice = bool(c, "choice", a.choice);
            a.choiceExit = bool(c, "choiceExit", a.choiceExit);
            a.flow = bool(c, "flow", a.flow);
            a.forwardOnly = bool(c, "forwardOnly", a.forwardOnly);
        });
        child(seq, "limitConditions").ifPresent(l -> {
            Optional.ofNullable(attr(l, "attemptLimit")).ifPresent(v -> a.attemptLimit = Integer.valueOf(v.trim()));
            Optional.ofNullable(attr(l, "attemptAbsoluteDurationLimit")).filter(v -> !v.isBlank())
                    .ifPresent(v -> a.attemptAbsoluteDurationLimit = duration("attemptAbsoluteDurationLimit", v.trim()));
            // The other IMS SS limits (attemptExperiencedDurationLimit, activity...DurationLimit,
            // beginTimeLimit, endTimeLimit) are not part of SCORM 2004's profile of imsss: not read.
        });
        child(seq, "sequencingRules").ifPresent(rules -> {
            rules(rules, "preConditionRule", a.preConditionRules);
            rules(rules, "exitConditionRule", a.exitConditionRules);
            rules(rules, "postConditionRule", a.postConditionRules);
        });
        child(seq, "rollupRules").ifPresent(r -> {
            a.rollupSatisfied = bool(r, "rollupObjectiveSatisfied", a.rollupSatisfied);
            a.rollupCompletion = bool(r, "rollupProgressCompletion", a.rollupCompletion);
            a.measureWeight = number(r, "objectiveMeasureWeight", a.measureWeight);
            List<Activity.RollupRule> custom = children(r, "rollupRule").stream().map(SequencingReader::rollupRule)
                    .flatMap(Optional::stream).toList();
            if (!custom.isEmpty()) {
                a.rollupRules.clear(); // an item's own rules replace a shared definition's
                a.rollupRules.addAll(custom);
            }
        });
        child(seq, "rollupConsiderations").ifPresent(c -> {
            a.requiredForSatisfied = text(c, "requiredForSatisfied", a.requiredForSatisfied);
            a.requiredForNotSatisfied = text(c, "requiredForNotSatisfied", a.requiredForNotSatisfied);
            a.requiredForCompleted = text(c, "requiredForCompleted", a.requiredForCompleted);
            a.requiredForIncomplete = text(c, "requiredForIncomplete", a.requiredForIncomplete);
        });
        child(seq, "deliveryControls").ifPresent(d -> a.tracked = bool(d, "tracked", a.tracked));
        child(seq, "randomizationControls").ifPresent(r -> {
            String count = attr(r, "selectCount");
            if (count != null) {
                a.selectCount = Integer.valueOf(count.trim());
            }
            a.reorderChildren = bool(r, "reorderChildren", bool(r, "randomizeChildren", a.reorderChildren));
            a.selectionTiming = text(r, "selectionTiming", a.selectionTiming);
            a.randomizationTiming = text(r, "randomizationTiming", a.randomizationTiming);
        });
        child(seq, "objectives").ifPresent(os -> {
            child(os, "primaryObjective").ifPresent(p -> {
                a.primaryObjective = attr(p, "objectiveID");
                a.satisfiedByMeasure = bool(p, "satisfiedByMeasure", a.satisfiedByMeasure);
                child(p, "minNormalizedMeasure").map(m -> m.getTextContent().trim()).filter(v -> !v.isEmpty())
                        .ifPresent(v -> a.minNormalizedMeasure = Double.parseDouble(v));
                children(p, "mapInfo").forEach(m -> {
                    if (bool(m, "writeSatisfiedStatus", false)) {
                        a.writes.add(attr(m, "targetObjectiveID"));
                    }
                });
            });
            children(os, "objective").forEach(o -> children(o, "mapInfo").forEach(m -> {
                if (bool(m, "readSatisfiedStatus", true)) {
                    a.reads.put(attr(o, "objectiveID"), attr(m, "targetObjectiveID"));
                }
            }));
        });
    }

    private static void rules(Element rules, String kind, List<Activity.Rule> into) {
        List<Activity.Rule> own = new ArrayList<>();
        children(rules, kind).forEach(r -> {
            Element conds = child(r, "ruleConditions").orElse(null);
            String action = child(r, "ruleAction").map(x -> attr(x, "action")).orElse(null);
            if (conds == null || action == null) {
                return;
            }
            List<Activity.Condition> list = children(conds, "ruleCondition").stream()
                    .map(c -> new Activity.Condition(attr(c, "condition"), "not".equals(attr(c, "operator")),
                            attr(c, "referencedObjective"), decimal(c, "measureThreshold")))
                    .toList();
            own.add(new Activity.Rule("any".equals(attr(conds, "conditionCombination")), list, action.trim()));
        });
        if (!own.isEmpty()) {
            into.clear(); // an item's own rules of a kind replace the shared definition's
            into.addAll(own);
        }
    }

    /** One imsss:rollupRule; its conditions combine with "any" by default (IMS SS rollupConditions). */
    private static Optional<Activity.RollupRule> rollupRule(Element r) {
        Element conds = child(r, "rollupConditions").orElse(null);
        String action = child(r, "rollupAction").map(x -> attr(x, "action")).orElse(null);
        if (conds == null || action == null) {
            return Optional.empty();
        }
        List<Activity.Condition> list = children(conds, "rollupCondition").stream()
                .map(c -> new Activity.Condition(attr(c, "condition"), "not".equals(attr(c, "operator")), null)).toList();
        String set = text(r, "childActivitySet", "all");
        int count = (int) number(r, "minimumCount", 0);
        double percent = number(r, "minimumPercent", 0);
        boolean any = !"all".equals(text(conds, "conditionCombination", "any"));
        return Optional.of(new Activity.RollupRule(set, count, percent, any, list, action.trim()));
    }

    /**
     * An xs:duration ({@code PT30M}, {@code P1DT12H}, also with years or months) as a length of
     * time; years and months count from 1970-01-01, as a duration has no start of its own here.
     */
    static java.time.Duration duration(String name, String value) {
        try {
            javax.xml.datatype.Duration d = javax.xml.datatype.DatatypeFactory.newInstance().newDuration(value);
            if (d.getSign() < 0) {
                throw new IllegalArgumentException("sequencing attribute " + name + "=\"" + value + "\" is a negative duration");
            }
            return java.time.Duration.ofMillis(d.getTimeInMillis(new java.util.Date(0)));
        } catch (javax.xml.datatype.DatatypeConfigurationException | UnsupportedOperationException e) {
            throw new IllegalStateException("the JDK cannot read xs:duration values", e);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("sequencing attribute")) {
                throw e;
            }
            throw new IllegalArgumentException("sequencing attribute " + name + "=\"" + value
                    + "\" is not an xs:duration such as PT30M or P1DT2H", e);
        }
    }

    private static String text(Element e, String name, String fallback) {
        String v = attr(e, name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static double number(Element e, String name, double fallback) {
        Double v = decimal(e, name);
        return v == null ? fallback : v;
    }

    private static Double decimal(Element e, String name) {
        String v = attr(e, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(v.trim());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("sequencing attribute " + name + "=\"" + v + "\" is not a number", ex);
        }
    }

    private static boolean bool(Element e, String name, boolean fallback) {
        String v = attr(e, name);
        return v == null ? fallback : Boolean.parseBoolean(v.trim());
    }
}
