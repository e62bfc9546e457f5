package org.firstshift.elearning.packages.domain.cmi5;

import org.firstshift.elearning.packages.domain.PackageItemDef;
import org.firstshift.elearning.packages.domain.PackageKind;
import org.firstshift.elearning.packages.domain.Problems;
import org.firstshift.elearning.packages.domain.ReadPackage;
import org.firstshift.elearning.packages.domain.SafeXml;
import org.firstshift.elearning.packages.domain.scorm.ManifestReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.firstshift.elearning.packages.domain.SafeXml.attr;
import static org.firstshift.elearning.packages.domain.SafeXml.child;
import static org.firstshift.elearning.packages.domain.SafeXml.children;

/**
 * Reads a cmi5 course structure ({@code cmi5.xml}, cmi5 section 13) and checks it as section 14
 * requires of an LMS import: the course, block, AU and objective ids are absolute IRIs and unique
 * (13.1.2, 13.1.4), AU children come in the schema's order (title, description, objectives, url,
 * launchParameters, entitlementKey), an AU URL is a valid URL whose query string does not use
 * the names of cmi5's own launch parameters (8.1), a relative URL needs a zip that holds the file
 * (14.1, 14.2), and moveOn, masteryScore and launchMethod take the vocabulary's values.
 */
public final class CourseStructureReader {
    public static final String FILE = "cmi5.xml";
    static final List<String> AU_ORDER = List.of("title", "description", "objectives", "url", "launchParameters", "entitlementKey");
    static final Set<String> MOVE_ON = Set.of("Passed", "Completed", "CompletedAndPassed", "CompletedOrPassed", "NotApplicable");
    static final Set<String> LAUNCH_METHODS = Set.of("AnyWindow", "OwnWindow");
    static final Set<String> RESERVED = Set.of("endpoint", "fetch", "actor", "registration", "activityid");

    private CourseStructureReader() {
    }

    /** {@code files} is the zip's content, or null for a bare cmi5.xml. */
    public static ReadPackage read(byte[] xml, Map<String, byte[]> files, Problems problems) {
        Optional<Document> doc = SafeXml.parse(xml, FILE, problems);
        if (doc.isEmpty()) {
            return ReadPackage.refused(problems);
        }
        Element root = doc.get().getDocumentElement();
        if (!"courseStructure".equals(root.getLocalName())) {
            problems.add(FILE, "the root element is <" + root.getLocalName() + ">, not <courseStructure>");
            return ReadPackage.refused(problems);
        }
        Set<String> ids = new HashSet<>();
        Element course = child(root, "course").orElse(null);
        String courseId = null;
        String title = null;
        if (course == null) {
            problems.add(FILE, "has no <course>");
        } else {
            courseId = iri(course, "course", ids, problems);
            title = langstring(course, "title");
            if (title == null) {
                problems.add(FILE, "the course has no title");
            }
        }
        Set<String> objectives = new HashSet<>();
        child(root, "objectives").ifPresent(os -> children(os, "objective")
                .forEach(o -> Optional.ofNullable(iri(o, "objective", ids, problems)).ifPresent(objectives::add)));
        List<PackageItemDef> items = new ArrayList<>();
        for (Element e : children(root)) {
            node(e, courseId, 1, files, ids, objectives, items, problems);
        }
        if (items.stream().noneMatch(PackageItemDef::launchable)) {
            problems.add(FILE, "the course has no AU");
        }
        if (problems.any()) {
            return ReadPackage.refused(problems);
        }
        return new ReadPackage(PackageKind.CMI5, courseId, title, "cmi5", items, files == null ? Map.of() : files,
                new String(xml, StandardCharsets.UTF_8), List.of());
    }

    private static void node(Element e, String parent, int depth, Map<String, byte[]> files, Set<String> ids,
                             Set<String> objectives, List<PackageItemDef> out, Problems problems) {
        switch (e.getLocalName()) {
            case "block" -> {
                String id = iri(e, "block", ids, problems);
                out.add(new PackageItemDef(id, parent, depth, langstring(e, "title"), null, "block", null, null, null));
                for (Element kid : children(e)) {
                    node(kid, id, depth + 1, files, ids, objectives, out, problems);
                }
            }
            case "au" -> out.add(au(e, parent, depth, files, ids, objectives, problems));
            case "course", "objectives" -> {
                // read above (course) or only valid at the top and in AUs/blocks (objectives)
            }
            case "title", "description" -> {
                // a block's own texts
            }
            default -> problems.add(FILE, "unexpected element <" + e.getLocalName() + "> under " + parent);
        }
    }

    private static PackageItemDef au(Element au, String parent, int depth, Map<String, byte[]> files, Set<String> ids,
                                     Set<String> objectives, Problems problems) {
        String id = iri(au, "au", ids, problems);
        String where = "AU " + id;
        int last = -1;
        for (Element kid : children(au)) {
            int at = AU_ORDER.indexOf(kid.getLocalName());
            if (at < 0) {
                problems.add(FILE, where + ": unexpected element <" + kid.getLocalName() + ">");
            } else if (at < last) {
                problems.add(FILE, where + ": <" + kid.getLocalName() + "> comes after <" + AU_ORDER.get(last)
                        + ">, the course structure schema wants " + String.join(", ", AU_ORDER));
            }
            last = Math.max(last, at);
        }
        String title = langstring(au, "title");
        if (title == null) {
            problems.add(FILE, where + ": has no title");
        }
        child(au, "objectives").ifPresent(os -> children(os, "objective").forEach(o -> {
            String ref = attr(o, "idref");
            if (ref == null || !objectives.contains(ref)) {
                problems.add(FILE, where + ": objective '" + ref + "' is not declared in the course's objectives");
            }
        }));
        String moveOn = Optional.ofNullable(attr(au, "moveOn")).orElse("NotApplicable");
        if (!MOVE_ON.contains(moveOn)) {
            problems.add(FILE, where + ": moveOn '" + moveOn + "' is not one of " + MOVE_ON);
        }
        String launchMethod = Optional.ofNullable(attr(au, "launchMethod")).orElse("AnyWindow");
        if (!LAUNCH_METHODS.contains(launchMethod)) {
            problems.add(FILE, where + ": launchMethod '" + launchMethod + "' is not one of " + LAUNCH_METHODS);
        }
        Double mastery = null;
        String masteryText = attr(au, "masteryScore");
        if (masteryText != null) {
            try {
                mastery = Double.valueOf(masteryText);
                if (mastery < 0 || mastery > 1) {
                    problems.add(FILE, where + ": masteryScore " + masteryText + " is not between 0 and 1");
                }
            } catch (NumberFormatException ex) {
                problems.add(FILE, where + ": masteryScore '" + masteryText + "' is not a number");
            }
        }
        String url = SafeXml.text(au, "url");
        if (url == null) {
            problems.add(FILE, where + ": has no url");
        } else {
            checkUrl(url, where, files, problems);
        }
        return new PackageItemDef(id, parent, depth, title, url, "au", moveOn, mastery, launchMethod);
    }

    private static void checkUrl(String url, String where, Map<String, byte[]> files, Problems problems) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            problems.add(FILE, where + ": url '" + url + "' is not a valid URL (" + e.getReason() + ")");
            return;
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (RESERVED.contains(name)) {
                    problems.add(FILE, where + ": url uses the launch parameter '" + pair.split("=", 2)[0]
                            + "', which the LMS sets (cmi5 8.1)");
                }
            }
        }
        if (uri.isAbsolute()) {
            if (uri.getHost() == null) {
                problems.add(FILE, where + ": url '" + url + "' has no host");
            }
            return;
        }
        if (files == null) {
            problems.add(FILE, where + ": url '" + url + "' is relative, which needs a zip package holding the file (upload a zip or use an absolute URL)");
            return;
        }
        String path = ManifestReader.localPath(url);
        if (path == null) {
            problems.add(FILE, where + ": url '" + url + "' is not a path inside the package");
        } else if (!files.containsKey(path)) {
            problems.add(path, "is the url of " + where + " but missing from the zip");
        }
    }

    private static String iri(Element e, String what, Set<String> ids, Problems problems) {
        String id = attr(e, "id");
        if (id == null) {
            problems.add(FILE, "a <" + what + "> has no id");
            return null;
        }
        try {
            URI uri = new URI(id);
            if (!uri.isAbsolute() || uri.getScheme() == null) {
                problems.add(FILE, what + " id '" + id + "' is not an absolute IRI (it needs a scheme such as https:)");
            }
        } catch (URISyntaxException ex) {
            problems.add(FILE, what + " id '" + id + "' is not a valid IRI (" + ex.getReason() + ")");
        }
        if (!ids.add(id)) {
            problems.add(FILE, what + " id '" + id + "' is used twice in the course structure");
        }
        return id;
    }

    /** The English text of a langstring element, else the first one. */
    static String langstring(Element parent, String name) {
        return child(parent, name).flatMap(t -> {
            List<Element> strings = children(t, "langstring");
            return strings.stream().filter(s -> s.getAttribute("lang").toLowerCase(Locale.ROOT).startsWith("en")).findFirst()
                    .or(() -> strings.stream().findFirst());
        }).map(s -> s.getTextContent().trim()).filter(s -> !s.isEmpty()).orElse(null);
    }
}
