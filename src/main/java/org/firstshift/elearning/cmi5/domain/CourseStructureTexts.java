package org.firstshift.elearning.cmi5.domain;

import org.firstshift.elearning.packages.domain.Problems;
import org.firstshift.elearning.packages.domain.SafeXml;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.Map;

/**
 * The per-AU texts of a cmi5 course structure that LMS.LaunchData passes on as they are but the
 * package import does not keep per item: {@code launchParameters} and {@code entitlementKey} (13.1.4).
 * Read from the stored cmi5.xml at launch (the import already checked it).
 */
public final class CourseStructureTexts {
    public static final String FILE = "cmi5.xml";

    private final Map<String, String> launchParameters;
    private final Map<String, String> entitlementKeys;

    private CourseStructureTexts(Map<String, String> launchParameters, Map<String, String> entitlementKeys) {
        this.launchParameters = launchParameters;
        this.entitlementKeys = entitlementKeys;
    }

    public static CourseStructureTexts read(byte[] xml) {
        Map<String, String> parameters = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        SafeXml.parse(xml, FILE, new Problems()).ifPresent(doc -> collect(doc.getDocumentElement(), parameters, keys));
        return new CourseStructureTexts(parameters, keys);
    }

    private static void collect(Element e, Map<String, String> parameters, Map<String, String> keys) {
        for (Element kid : SafeXml.children(e)) {
            if ("au".equals(kid.getLocalName())) {
                String id = SafeXml.attr(kid, "id");
                if (id != null) {
                    String p = SafeXml.text(kid, "launchParameters");
                    String k = SafeXml.text(kid, "entitlementKey");
                    if (p != null) {
                        parameters.put(id, p);
                    }
                    if (k != null) {
                        keys.put(id, k);
                    }
                }
            } else if ("block".equals(kid.getLocalName())) {
                collect(kid, parameters, keys);
            }
        }
    }

    /** The AU's launchParameters, or null. */
    public String launchParameters(String auId) {
        return launchParameters.get(auId);
    }

    /** The AU's entitlementKey, or null. */
    public String entitlementKey(String auId) {
        return entitlementKeys.get(auId);
    }
}
