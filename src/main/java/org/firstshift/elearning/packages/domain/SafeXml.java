package org.firstshift.elearning.packages.domain;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses manifests with the JDK's parser locked down: a DOCTYPE is refused outright, so no
 * external entity (XXE) can read a file or a URL and no internal entity can expand a billion
 * laughs; external schemas and stylesheets are never fetched either.
 */
public final class SafeXml {
    private SafeXml() {
    }

    public static Optional<Document> parse(byte[] bytes, String file, Problems problems) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return Optional.of(b.parse(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("DOCTYPE")) {
                problems.add(file, "declares a DOCTYPE, which is refused (entities could read files or expand without limit)");
            } else {
                problems.add(file, "is not well-formed XML (line " + e.getLineNumber() + "): " + msg);
            }
        } catch (ParserConfigurationException | java.io.IOException | org.xml.sax.SAXException e) {
            problems.add(file, "could not be read as XML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The child elements of {@code parent} with this local name, in any namespace. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    public static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    public static Optional<Element> child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst();
    }

    public static String text(Element parent, String localName) {
        return child(parent, localName).map(e -> e.getTextContent().trim()).filter(s -> !s.isEmpty()).orElse(null);
    }

    /** An attribute in any namespace by local name (manifests mix adlcp:scormtype and adlcp:scormType). */
    public static String attr(Element e, String localName) {
        var attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            String name = a.getLocalName() != null ? a.getLocalName() : a.getNodeName();
            if (name.equalsIgnoreCase(localName)) {
                String v = a.getNodeValue().trim();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }
}
