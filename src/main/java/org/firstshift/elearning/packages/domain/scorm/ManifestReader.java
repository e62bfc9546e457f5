package org.firstshift.elearning.packages.domain.scorm;

import org.firstshift.elearning.packages.domain.PackageItemDef;
import org.firstshift.elearning.packages.domain.PackageKind;
import org.firstshift.elearning.packages.domain.Problems;
import org.firstshift.elearning.packages.domain.ReadPackage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.firstshift.elearning.packages.domain.SafeXml.attr;
import static org.firstshift.elearning.packages.domain.SafeXml.child;
import static org.firstshift.elearning.packages.domain.SafeXml.children;
import static org.firstshift.elearning.packages.domain.SafeXml.text;

/**
 * Reads an IMS content package manifest ({@code imsmanifest.xml}) as SCORM 1.2 or SCORM 2004 and
 * checks what the CAM books require for a package to run: an organization with an identifier
 * and a title, items with identifiers and titles, every {@code identifierref} naming a resource,
 * every launched resource having an {@code href}, and every local file the resources list being
 * in the zip. The manifest text is kept whole, so metadata and the sequencing elements
 * ({@code imsss:sequencing}, {@code adlnav:presentation}) stay available to the sequencing engine.
 */
public final class ManifestReader {
    public static final String FILE = "imsmanifest.xml";

    private ManifestReader() {
    }

    public static ReadPackage read(byte[] manifest, Map<String, byte[]> files, Problems problems) {
        Optional<Document> doc = org.firstshift.elearning.packages.domain.SafeXml.parse(manifest, FILE, problems);
        if (doc.isEmpty()) {
            return ReadPackage.refused(problems);
        }
        Element root = doc.get().getDocumentElement();
        if (!"manifest".equals(root.getLocalName())) {
            problems.add(FILE, "the root element is <" + root.getLocalName() + ">, not <manifest>");
            return ReadPackage.refused(problems);
        }
        String schemaVersion = child(root, "metadata").map(m -> text(m, "schemaversion")).orElse(null);
        PackageKind kind = kind(root, schemaVersion);
        String identifier = attr(root, "identifier");
        if (identifier == null) {
            problems.add(FILE, "<manifest> has no identifier");
        }

        Map<String, Element> resources = new HashMap<>();
        Element resourcesEl = child(root, "resources").orElse(null);
        String resourcesBase = resourcesEl == null ? "" : base(resourcesEl);
        if (resourcesEl == null) {
            problems.add(FILE, "has no <resources>");
        } else {
            for (Element r : children(resourcesEl, "resource")) {
                String id = attr(r, "identifier");
                if (id == null) {
                    problems.add(FILE, "a <resource> has no identifier");
                } else if (resources.put(id, r) != null) {
                    problems.add(FILE, "resource identifier '" + id + "' is used twice");
                }
            }
            for (Element r : resources.values()) {
                checkFiles(r, resourcesBase, files, problems);
                for (Element d : children(r, "dependency")) {
                    String ref = attr(d, "identifierref");
                    if (ref == null || !resources.containsKey(ref)) {
                        problems.add(FILE, "resource '" + attr(r, "identifier") + "' depends on '" + ref + "', which is not a resource");
                    }
                }
            }
        }

        List<PackageItemDef> items = new ArrayList<>();
        String title = null;
        Element orgs = child(root, "organizations").orElse(null);
        if (orgs == null) {
            problems.add(FILE, "has no <organizations>");
        } else {
            List<Element> organizations = children(orgs, "organization");
            String defaultOrg = attr(orgs, "default");
            Element chosen = null;
            Set<String> ids = new HashSet<>();
            for (Element o : organizations) {
                String id = attr(o, "identifier");
                if (id == null) {
                    problems.add(FILE, "an <organization> has no identifier");
                } else if (!ids.add(id)) {
                    problems.add(FILE, "identifier '" + id + "' is used twice");
                }
                if (text(o, "title") == null) {
                    problems.add(FILE, "organization '" + id + "' has no title");
                }
                if (id != null && id.equals(defaultOrg) || chosen == null && defaultOrg == null) {
                    chosen = o;
                }
            }
            if (organizations.isEmpty()) {
                problems.add(FILE, "<organizations> holds no organization (resource-only packages cannot be launched)");
            } else if (defaultOrg != null && chosen == null) {
                problems.add(FILE, "the default organization '" + defaultOrg + "' does not exist");
            }
            if (chosen != null) {
                title = text(chosen, "title");
                String orgId = attr(chosen, "identifier");
                for (Element item : children(chosen, "item")) {
                    item(item, orgId, 1, kind, resources, resourcesBase, ids, items, problems);
                }
                if (items.stream().noneMatch(PackageItemDef::launchable)) {
                    problems.add(FILE, "no item of organization '" + orgId + "' launches anything");
                }
            }
        }
        if (problems.any()) {
            return ReadPackage.refused(problems);
        }
        return new ReadPackage(kind, identifier, title, schemaVersion, items, files,
                new String(manifest, StandardCharsets.UTF_8), List.of());
    }

    /**
     * SCORM 1.2 says so with {@code <schemaversion>1.2</schemaversion>}, 2004 with "2004 ..." or
     * "CAM 1.3"; without a version the content packaging namespace tells (1.1.2 is SCORM 1.2's).
     */
    static PackageKind kind(Element root, String schemaVersion) {
        if (schemaVersion != null) {
            String v = schemaVersion.toLowerCase(Locale.ROOT);
            if (v.equals("1.2")) {
                return PackageKind.SCORM_12;
            }
            if (v.contains("2004") || v.contains("cam 1.3")) {
                return PackageKind.SCORM_2004;
            }
        }
        String ns = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        return ns.contains("imscp_rootv1p1p2") ? PackageKind.SCORM_12 : PackageKind.SCORM_2004;
    }

    private static void item(Element item, String parent, int depth, PackageKind kind, Map<String, Element> resources,
                             String resourcesBase, Set<String> ids, List<PackageItemDef> out, Problems problems) {
        String id = attr(item, "identifier");
        if (id == null) {
            problems.add(FILE, "an <item> under '" + parent + "' has no identifier");
        } else if (!ids.add(id)) {
            problems.add(FILE, "identifier '" + id + "' is used twice");
        }
        String title = text(item, "title");
        if (title == null) {
            problems.add(FILE, "item '" + id + "' has no title");
        }
        List<Element> kids = children(item, "item");
        String ref = attr(item, "identifierref");
        String launch = null;
        String scormType = null;
        if (ref != null) {
            Element r = resources.get(ref);
            if (r == null) {
                problems.add(FILE, "item '" + id + "' refers to resource '" + ref + "', which does not exist");
            } else {
                String href = attr(r, "href");
                scormType = Optional.ofNullable(attr(r, "scormtype")).map(s -> s.toLowerCase(Locale.ROOT)).orElse("asset");
                if (href == null) {
                    problems.add(FILE, "resource '" + ref + "' launched by item '" + id + "' has no href");
                } else {
                    launch = resourcesBase + base(r) + href + parameters(href, attr(item, "parameters"));
                }
            }
        } else if (kids.isEmpty()) {
            problems.add(FILE, "item '" + id + "' has neither a resource nor child items");
        }
        Double mastery = null;
        String masteryText = Optional.ofNullable(text(item, "masteryscore")).orElse(null);
        if (masteryText != null && kind == PackageKind.SCORM_12) {
            try {
                mastery = Double.valueOf(masteryText);
            } catch (NumberFormatException e) {
                problems.add(FILE, "item '" + id + "' has a masteryscore that is not a number: " + masteryText);
            }
        }
        if (kind == PackageKind.SCORM_2004) {
            mastery = passingScore(item, id, problems);
        }
        out.add(new PackageItemDef(id, parent, depth, title, launch, scormType, null, mastery, null));
        for (Element kid : kids) {
            item(kid, id, depth + 1, kind, resources, resourcesBase, ids, out, problems);
        }
    }

    /**
     * SCORM 2004: a primary objective satisfied by measure gives the SCO its
     * {@code cmi.scaled_passing_score} (its {@code minNormalizedMeasure}, -1 to 1, default 1).
     */
    static Double passingScore(Element item, String id, Problems problems) {
        return child(item, "sequencing").flatMap(s -> child(s, "objectives")).flatMap(o -> child(o, "primaryObjective"))
                .filter(p -> "true".equals(attr(p, "satisfiedByMeasure"))).map(p -> {
                    String text = text(p, "minNormalizedMeasure");
                    try {
                        double d = text == null ? 1.0 : Double.parseDouble(text);
                        if (d < -1 || d > 1) {
                            problems.add(FILE, "item '" + id + "': minNormalizedMeasure " + text + " is not between -1 and 1");
                        }
                        return d;
                    } catch (NumberFormatException e) {
                        problems.add(FILE, "item '" + id + "': minNormalizedMeasure '" + text + "' is not a number");
                        return null;
                    }
                }).orElse(null);
    }

    /** Joins an item's parameters to its resource's href as the CAM book says (a leading ? or # is kept). */
    static String parameters(String href, String parameters) {
        if (parameters == null || parameters.isBlank()) {
            return "";
        }
        String p = parameters.trim();
        if (p.startsWith("#")) {
            return href.contains("#") ? "" : p;
        }
        if (p.startsWith("?")) {
            p = p.substring(1);
        }
        return (href.contains("?") ? "&" : "?") + p;
    }

    private static String base(Element e) {
        String b = e.getAttributeNS("http://www.w3.org/XML/1998/namespace", "base");
        return b == null ? "" : b.trim();
    }

    private static void checkFiles(Element resource, String resourcesBase, Map<String, byte[]> files, Problems problems) {
        String prefix = resourcesBase + base(resource);
        List<String> hrefs = new ArrayList<>();
        Optional.ofNullable(attr(resource, "href")).ifPresent(hrefs::add);
        children(resource, "file").forEach(f -> Optional.ofNullable(attr(f, "href")).ifPresent(hrefs::add));
        for (String href : new java.util.LinkedHashSet<>(hrefs)) {
            if (isAbsolute(href)) {
                continue;
            }
            String path = localPath(prefix + href);
            if (path == null) {
                problems.add(FILE, "resource '" + attr(resource, "identifier") + "' refers to '" + href + "', which is not a path inside the package");
            } else if (!files.containsKey(path)) {
                problems.add(path, "is listed by resource '" + attr(resource, "identifier") + "' but missing from the zip");
            }
        }
    }

    static boolean isAbsolute(String href) {
        String h = href.toLowerCase(Locale.ROOT);
        return h.startsWith("http://") || h.startsWith("https://");
    }

    /** The package path an href names (query and fragment dropped, %-escapes decoded), or null if it leaves the package. */
    public static String localPath(String href) {
        String h = href;
        int cut = h.indexOf('?');
        if (cut >= 0) {
            h = h.substring(0, cut);
        }
        cut = h.indexOf('#');
        if (cut >= 0) {
            h = h.substring(0, cut);
        }
        try {
            h = URI.create("x:/" + h.replace(" ", "%20")).getPath().substring(1);
        } catch (IllegalArgumentException e) {
            // not an escaped URI reference: take the text as the path
        }
        if (h.startsWith("./")) {
            h = h.substring(2);
        }
        if (h.isEmpty() || h.startsWith("/") || List.of(h.split("/")).contains("..")) {
            return null;
        }
        return h;
    }
}
