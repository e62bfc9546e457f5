package org.firstshift.exams.application;

import org.firstshift.exams.domain.Blueprint;
import org.firstshift.exams.domain.Choice;
import org.firstshift.exams.domain.Question;
import org.firstshift.exams.domain.QuestionType;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.i18n.LocalizedText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * IMS QTI 2.1 content packages (a zip with {@code imsmanifest.xml}), both ways, with the JDK's XML
 * APIs only. Items are written in English ({@code items/ID.xml}) with their Russian variant beside
 * them ({@code items/ru/ID.xml}, a file of the same resource); what QTI has no place for (the rules
 * a question tests, its topics and difficulty; the exam's pass mark, attempts, waiting time,
 * certification, review delay and section tags) travels as LOM keywords in the manifest
 * ({@code rule:GREET-01}, {@code topic:contact}, {@code difficulty:2}, {@code pass_mark:80}, ...).
 * Reading never resolves DTDs or external entities (no XXE), caps the zip's size and entries, and
 * reports every problem with its file before anything is stored.
 */
public final class QtiPackage {
    static final String QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String MD = "http://www.imsglobal.org/xsd/imsmd_v1p2";
    static final String MATCH_CORRECT = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct";
    static final int MAX_ENTRIES = 5000;
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private QtiPackage() {
    }

    /** What a package holds, or why it cannot be used. */
    public record Contents(List<Question> questions, List<Blueprint> exams, List<ProblemItem> problems) {
    }

    // ================================================================ export

    public static byte[] write(List<Question> questions, List<Blueprint> exams, Map<String, List<String>> sectionItems) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                Document manifest = newDocument();
                Element root = manifest.createElementNS(CP, "manifest");
                root.setAttribute("identifier", "FIRSTSHIFT-EXAMS");
                root.setAttribute("xmlns:imsmd", MD);
                manifest.appendChild(root);
                root.appendChild(manifest.createElementNS(CP, "organizations"));
                Element resources = manifest.createElementNS(CP, "resources");
                root.appendChild(resources);
                for (Question q : questions) {
                    String href = "items/" + q.code() + ".xml";
                    put(zip, href, item(q, Locale.ENGLISH));
                    put(zip, "items/ru/" + q.code() + ".xml", item(q, Locale.forLanguageTag("ru")));
                    List<String> keywords = new ArrayList<>();
                    q.rules().forEach(r -> keywords.add("rule:" + r));
                    q.topics().forEach(t -> keywords.add("topic:" + t));
                    keywords.add("difficulty:" + q.difficulty());
                    resources.appendChild(resource(manifest, q.code(), "imsqti_item_xmlv2p1", href,
                            List.of(href, "items/ru/" + q.code() + ".xml"), keywords));
                }
                for (Blueprint b : exams) {
                    String href = "tests/" + b.code() + ".xml";
                    put(zip, href, test(b, sectionItems));
                    List<String> keywords = new ArrayList<>();
                    keywords.add("title_ru:" + b.title().ru());
                    keywords.add("pass_mark:" + b.passMark());
                    keywords.add("attempts:" + b.attemptsAllowed());
                    keywords.add("wait_minutes:" + b.waitBetween().toMinutes());
                    keywords.add("shuffle_options:" + b.shuffleOptions());
                    if (b.certificationCode() != null) {
                        keywords.add("certification:" + b.certificationCode());
                    }
                    if (b.reviewDelay() != null) {
                        keywords.add("review_after_minutes:" + b.reviewDelay().toMinutes());
                    }
                    for (Blueprint.Section s : b.sections()) {
                        keywords.add("section:" + s.code() + ":tags=" + String.join(",", s.tags()) + ";difficulty="
                                + String.join(",", s.difficulties().stream().sorted().map(String::valueOf).toList())
                                + ";title_ru=" + s.title().ru());
                    }
                    resources.appendChild(resource(manifest, b.code(), "imsqti_test_xmlv2p1", href, List.of(href), keywords));
                }
                put(zip, "imsmanifest.xml", manifest);
            }
            return bytes.toByteArray();
        } catch (IOException | ParserConfigurationException | javax.xml.transform.TransformerException e) {
            throw new IllegalStateException("could not write the QTI package", e);
        }
    }

    private static Element resource(Document d, String id, String type, String href, List<String> files, List<String> keywords) {
        Element r = d.createElementNS(CP, "resource");
        r.setAttribute("identifier", id);
        r.setAttribute("type", type);
        r.setAttribute("href", href);
        Element metadata = d.createElementNS(CP, "metadata");
        Element lom = d.createElementNS(MD, "imsmd:lom");
        Element general = d.createElementNS(MD, "imsmd:general");
        for (String k : keywords) {
            Element keyword = d.createElementNS(MD, "imsmd:keyword");
            Element langstring = d.createElementNS(MD, "imsmd:langstring");
            langstring.setTextContent(k);
            keyword.appendChild(langstring);
            general.appendChild(keyword);
        }
        lom.appendChild(general);
        metadata.appendChild(lom);
        r.appendChild(metadata);
        for (String f : files) {
            Element file = d.createElementNS(CP, "file");
            file.setAttribute("href", f);
            r.appendChild(file);
        }
        return r;
    }

    static Document item(Question q, Locale locale) throws ParserConfigurationException {
        Document d = newDocument();
        Element item = d.createElementNS(QTI, "assessmentItem");
        item.setAttribute("identifier", q.code());
        item.setAttribute("title", abbreviate(q.text().in(locale)));
        item.setAttribute("adaptive", "false");
        item.setAttribute("timeDependent", "false");
        item.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", locale.getLanguage());
        d.appendChild(item);
        Element decl = el(d, item, "responseDeclaration");
        decl.setAttribute("identifier", "RESPONSE");
        Element correct = el(d, decl, "correctResponse");
        Element body = d.createElementNS(QTI, "itemBody");
        if (q.line() != null) {
            Element quote = el(d, body, "blockquote");
            quote.setAttribute("class", "customer");
            el(d, quote, "p").setTextContent(q.line().in(locale));
        }
        switch (q.type()) {
            case SINGLE, SCENARIO, MULTIPLE, TRUE_FALSE -> {
                boolean multiple = q.type() == QuestionType.MULTIPLE;
                decl.setAttribute("cardinality", multiple ? "multiple" : "single");
                decl.setAttribute("baseType", "identifier");
                q.key().forEach(k -> el(d, correct, "value").setTextContent(k));
                Element interaction = el(d, body, "choiceInteraction");
                interaction.setAttribute("responseIdentifier", "RESPONSE");
                interaction.setAttribute("shuffle", "true");
                interaction.setAttribute("maxChoices", multiple ? "0" : "1");
                el(d, interaction, "prompt").setTextContent(q.text().in(locale));
                List<Choice> choices = q.type() == QuestionType.TRUE_FALSE
                        ? List.of(new Choice("true", new LocalizedText("True", "Верно")), new Choice("false", new LocalizedText("False", "Неверно")))
                        : q.options();
                for (Choice c : choices) {
                    Element choice = el(d, interaction, "simpleChoice");
                    choice.setAttribute("identifier", c.id());
                    choice.setTextContent(c.text().in(locale));
                }
            }
            case ORDERING -> {
                decl.setAttribute("cardinality", "ordered");
                decl.setAttribute("baseType", "identifier");
                q.key().forEach(k -> el(d, correct, "value").setTextContent(k));
                Element interaction = el(d, body, "orderInteraction");
                interaction.setAttribute("responseIdentifier", "RESPONSE");
                interaction.setAttribute("shuffle", "true");
                el(d, interaction, "prompt").setTextContent(q.text().in(locale));
                for (Choice c : q.options()) {
                    Element choice = el(d, interaction, "simpleChoice");
                    choice.setAttribute("identifier", c.id());
                    choice.setTextContent(c.text().in(locale));
                }
            }
            case MATCHING -> {
                decl.setAttribute("cardinality", "multiple");
                decl.setAttribute("baseType", "directedPair");
                q.options().forEach(o -> el(d, correct, "value").setTextContent(o.id() + " " + q.pairs().get(o.id())));
                Element interaction = el(d, body, "matchInteraction");
                interaction.setAttribute("responseIdentifier", "RESPONSE");
                interaction.setAttribute("shuffle", "true");
                interaction.setAttribute("maxAssociations", String.valueOf(q.options().size()));
                el(d, interaction, "prompt").setTextContent(q.text().in(locale));
                for (List<Choice> side : List.of(q.options(), q.targets())) {
                    Element set = el(d, interaction, "simpleMatchSet");
                    for (Choice c : side) {
                        Element choice = el(d, set, "simpleAssociableChoice");
                        choice.setAttribute("identifier", c.id());
                        choice.setAttribute("matchMax", "1");
                        choice.setTextContent(c.text().in(locale));
                    }
                }
            }
            case NUMERIC, SHORT_TEXT -> {
                boolean numeric = q.type() == QuestionType.NUMERIC;
                decl.setAttribute("cardinality", "single");
                decl.setAttribute("baseType", numeric ? "float" : "string");
                // single cardinality: one correct value; further accepted texts are in the response processing
                List<String> values = numeric ? List.of(Question.plain(q.value())) : q.accepted().stream().limit(1).toList();
                values.forEach(v -> el(d, correct, "value").setTextContent(v));
                el(d, body, "p").setTextContent(q.text().in(locale));
                Element p = el(d, body, "p");
                Element interaction = el(d, p, "textEntryInteraction");
                interaction.setAttribute("responseIdentifier", "RESPONSE");
                interaction.setAttribute("expectedLength", numeric ? "8" : "30");
            }
        }
        if (correct.getChildNodes().getLength() == 0) {
            decl.removeChild(correct);
        }
        Element outcome = el(d, item, "outcomeDeclaration");
        outcome.setAttribute("identifier", "SCORE");
        outcome.setAttribute("cardinality", "single");
        outcome.setAttribute("baseType", "float");
        item.appendChild(body);
        Element rp = el(d, item, "responseProcessing");
        if (q.type() == QuestionType.NUMERIC) {
            Element equal = condition(d, rp, "equal");
            equal.setAttribute("toleranceMode", "absolute");
            equal.setAttribute("tolerance", Question.plain(q.tolerance()) + " " + Question.plain(q.tolerance()));
            variable(d, equal);
            el(d, equal, "correct").setAttribute("identifier", "RESPONSE");
        } else if (q.type() == QuestionType.SHORT_TEXT) {
            Element or = condition(d, rp, "or");
            for (String a : q.accepted()) {
                Element match = el(d, or, "stringMatch");
                match.setAttribute("caseSensitive", "false");
                variable(d, match);
                Element base = el(d, match, "baseValue");
                base.setAttribute("baseType", "string");
                base.setTextContent(a);
            }
            for (String pattern : q.patterns()) {
                Element match = el(d, or, "patternMatch");
                match.setAttribute("pattern", pattern);
                variable(d, match);
            }
        } else {
            rp.setAttribute("template", MATCH_CORRECT);
        }
        return d;
    }

    private static Element condition(Document d, Element rp, String operator) {
        Element cond = el(d, rp, "responseCondition");
        Element iff = el(d, cond, "responseIf");
        Element op = el(d, iff, operator);
        Element set = el(d, iff, "setOutcomeValue");
        set.setAttribute("identifier", "SCORE");
        Element one = el(d, set, "baseValue");
        one.setAttribute("baseType", "float");
        one.setTextContent("1");
        return op;
    }

    private static void variable(Document d, Element parent) {
        el(d, parent, "variable").setAttribute("identifier", "RESPONSE");
    }

    static Document test(Blueprint b, Map<String, List<String>> sectionItems) throws ParserConfigurationException {
        Document d = newDocument();
        Element test = d.createElementNS(QTI, "assessmentTest");
        test.setAttribute("identifier", b.code());
        test.setAttribute("title", b.title().en());
        d.appendChild(test);
        Element outcome = el(d, test, "outcomeDeclaration");
        outcome.setAttribute("identifier", "SCORE");
        outcome.setAttribute("cardinality", "single");
        outcome.setAttribute("baseType", "float");
        el(d, test, "timeLimits").setAttribute("maxTime", String.valueOf(b.timeLimit().toSeconds()));
        Element part = el(d, test, "testPart");
        part.setAttribute("identifier", "MAIN");
        part.setAttribute("navigationMode", "nonlinear");
        part.setAttribute("submissionMode", "simultaneous");
        for (Blueprint.Section s : b.sections()) {
            Element section = el(d, part, "assessmentSection");
            section.setAttribute("identifier", s.code());
            section.setAttribute("title", s.title().en());
            section.setAttribute("visible", "true");
            el(d, section, "selection").setAttribute("select", String.valueOf(s.draw()));
            el(d, section, "ordering").setAttribute("shuffle", "true");
            for (String item : sectionItems.getOrDefault(s.code(), List.of())) {
                Element ref = el(d, section, "assessmentItemRef");
                ref.setAttribute("identifier", item);
                ref.setAttribute("href", "../items/" + item + ".xml");
            }
        }
        return d;
    }

    private static Element el(Document d, Element parent, String name) {
        Element e = d.createElementNS(QTI, name);
        parent.appendChild(e);
        return e;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static void put(ZipOutputStream zip, String name, Document d) throws IOException, javax.xml.transform.TransformerException {
        zip.putNextEntry(new ZipEntry(name));
        Transformer t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.INDENT, "yes");
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transform(new DOMSource(d), new StreamResult(out));
        zip.write(out.toByteArray());
        zip.closeEntry();
    }

    private static Document newDocument() throws ParserConfigurationException {
        return builder().newDocument();
    }

    /** A namespace-aware parser that refuses DTDs and never fetches external entities (no XXE). */
    static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }

    // ================================================================ import

    public static Contents read(byte[] zipBytes) {
        List<ProblemItem> problems = new ArrayList<>();
        Map<String, byte[]> files = unzip(zipBytes, problems);
        if (!problems.isEmpty()) {
            return new Contents(List.of(), List.of(), problems);
        }
        byte[] manifestBytes = files.get("imsmanifest.xml");
        if (manifestBytes == null) {
            problems.add(ProblemItem.at("imsmanifest.xml", 1, null, "missing: a QTI content package has imsmanifest.xml at its root"));
            return new Contents(List.of(), List.of(), problems);
        }
        Document manifest = parse("imsmanifest.xml", manifestBytes, problems);
        if (manifest == null) {
            return new Contents(List.of(), List.of(), problems);
        }
        List<Question> questions = new ArrayList<>();
        List<Blueprint> exams = new ArrayList<>();
        Map<String, Element> tests = new LinkedHashMap<>();
        Map<String, List<String>> testKeywords = new HashMap<>();
        Map<String, Question> byHref = new HashMap<>();
        for (Element r : children(manifest.getDocumentElement(), "resource", true)) {
            String type = r.getAttribute("type");
            String href = r.getAttribute("href");
            List<String> keywords = children(r, "langstring", true).stream().map(Node::getTextContent).map(String::strip).toList();
            if (type.startsWith("imsqti_item_xmlv2p1")) {
                Document en = file(files, href, problems);
                if (en == null) {
                    continue;
                }
                String ruHref = children(r, "file", true).stream().map(f -> f.getAttribute("href"))
                        .filter(h -> !h.equals(href)).findFirst().orElse(null);
                Document ru = ruHref == null ? null : file(files, ruHref, problems);
                int before = problems.size();
                Question q = question(href, en, ru, keywords, problems);
                if (q != null && problems.size() == before) {
                    q.problems().forEach(p -> problems.add(ProblemItem.at(href, 1, null, p)));
                    questions.add(q);
                    byHref.put(href, q);
                }
            } else if (type.startsWith("imsqti_test_xmlv2p1")) {
                Document test = file(files, href, problems);
                if (test != null) {
                    tests.put(href, test.getDocumentElement());
                    testKeywords.put(href, keywords);
                }
            } else {
                problems.add(ProblemItem.at("imsmanifest.xml", 1, null, "resource '" + r.getAttribute("identifier")
                        + "' has type '" + type + "'; only QTI 2.1 items and tests can be imported"));
            }
        }
        tests.forEach((href, test) -> blueprint(href, test, testKeywords.get(href), problems).ifPresent(exams::add));
        return new Contents(questions, exams, problems);
    }

    private static Document file(Map<String, byte[]> files, String href, List<ProblemItem> problems) {
        byte[] bytes = files.get(href);
        if (bytes == null) {
            problems.add(ProblemItem.at("imsmanifest.xml", 1, null, "names file '" + href + "', which is not in the package"));
            return null;
        }
        return parse(href, bytes, problems);
    }

    private static Map<String, byte[]> unzip(byte[] zipBytes, List<ProblemItem> problems) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName().replace('\\', '/');
                if (name.startsWith("/") || name.contains("../")) {
                    problems.add(ProblemItem.at(name, 1, null, "a path outside the package is not allowed"));
                    return files;
                }
                if (files.size() >= MAX_ENTRIES) {
                    problems.add(ProblemItem.at(name, 1, null, "the package has more than " + MAX_ENTRIES + " files"));
                    return files;
                }
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES - total + 1));
                total += bytes.length;
                if (total > MAX_BYTES) {
                    problems.add(ProblemItem.at(name, 1, null, "the package unpacks to more than " + MAX_BYTES / 1024 / 1024 + " MB"));
                    return files;
                }
                files.put(name, bytes);
            }
        } catch (IOException | IllegalArgumentException ex) {
            problems.add(ProblemItem.at("upload", 1, null, "not a readable zip file: " + ex.getMessage()));
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(ProblemItem.at("upload", 1, null, "not a zip file, or an empty one"));
        }
        return files;
    }

    private static Document parse(String file, byte[] bytes, List<ProblemItem> problems) {
        try {
            DocumentBuilder b = builder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(bytes));
        } catch (org.xml.sax.SAXParseException e) {
            problems.add(ProblemItem.at(file, Math.max(1, e.getLineNumber()), null, "not valid XML: " + e.getMessage()));
        } catch (org.xml.sax.SAXException | IOException | ParserConfigurationException e) {
            problems.add(ProblemItem.at(file, 1, null, "not valid XML: " + e.getMessage()));
        }
        return null;
    }

    private static Question question(String file, Document en, Document ru, List<String> keywords, List<ProblemItem> problems) {
        Element item = en.getDocumentElement();
        if (!"assessmentItem".equals(item.getLocalName()) || !QTI.equals(item.getNamespaceURI())) {
            problems.add(ProblemItem.at(file, 1, null, "is not a QTI 2.1 assessmentItem (namespace " + QTI + ")"));
            return null;
        }
        String id = item.getAttribute("identifier");
        Element ruItem = ru == null ? null : ru.getDocumentElement();
        Element decl = first(item, "responseDeclaration").orElse(null);
        if (decl == null) {
            problems.add(ProblemItem.at(file, 1, null, "item '" + id + "' has no responseDeclaration"));
            return null;
        }
        List<String> correct = first(decl, "correctResponse").map(c -> children(c, "value", false).stream()
                .map(v -> v.getTextContent().strip()).toList()).orElse(List.of());
        List<String> rules = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        int difficulty = 2;
        for (String k : keywords) {
            if (k.startsWith("rule:")) {
                rules.add(k.substring(5));
            } else if (k.startsWith("topic:")) {
                topics.add(k.substring(6));
            } else if (k.startsWith("difficulty:")) {
                try {
                    difficulty = Integer.parseInt(k.substring(11));
                } catch (NumberFormatException e) {
                    problems.add(ProblemItem.at("imsmanifest.xml", 1, null, "item '" + id + "': difficulty must be 1-3, not '" + k.substring(11) + "'"));
                }
            }
        }
        LocalizedText line = first(item, "blockquote").map(b -> new LocalizedText(text(b),
                ruItem == null ? null : first(ruItem, "blockquote").map(QtiPackage::text).orElse(null))).orElse(null);
        Optional<Element> choice = first(item, "choiceInteraction");
        Optional<Element> order = first(item, "orderInteraction");
        Optional<Element> match = first(item, "matchInteraction");
        Optional<Element> entry = first(item, "textEntryInteraction");
        String baseType = decl.getAttribute("baseType");
        if (choice.isPresent()) {
            List<Choice> options = choices(choice.get(), ruItem, "simpleChoice");
            Set<String> ids = new LinkedHashSet<>(options.stream().map(Choice::id).toList());
            LocalizedText prompt = prompt(choice.get(), ruItem);
            if (ids.equals(Set.of("true", "false"))) {
                return new Question(id, QuestionType.TRUE_FALSE, prompt, null, List.of(), List.of(), Set.copyOf(correct), Map.of(),
                        null, 0, List.of(), List.of(), rules, topics, difficulty, null);
            }
            boolean multiple = "multiple".equals(decl.getAttribute("cardinality"));
            QuestionType type = multiple ? QuestionType.MULTIPLE : line != null ? QuestionType.SCENARIO : QuestionType.SINGLE;
            return new Question(id, type, prompt, line, options, List.of(), Set.copyOf(correct), Map.of(), null, 0, List.of(), List.of(),
                    rules, topics, difficulty, null);
        }
        if (order.isPresent()) {
            List<Choice> options = choices(order.get(), ruItem, "simpleChoice");
            List<Choice> inOrder = new ArrayList<>();
            for (String c : correct) {
                options.stream().filter(o -> o.id().equals(c)).findFirst().ifPresent(inOrder::add);
            }
            if (inOrder.size() != options.size()) {
                problems.add(ProblemItem.at(file, 1, null, "item '" + id + "': the correct order must list every choice once"));
                return null;
            }
            return new Question(id, QuestionType.ORDERING, prompt(order.get(), ruItem), null, inOrder, List.of(), Set.of(), Map.of(),
                    null, 0, List.of(), List.of(), rules, topics, difficulty, null);
        }
        if (match.isPresent()) {
            List<Element> sets = children(match.get(), "simpleMatchSet", false);
            if (sets.size() != 2) {
                problems.add(ProblemItem.at(file, 1, null, "item '" + id + "': a matchInteraction needs two simpleMatchSet"));
                return null;
            }
            List<Element> ruSets = ruItem == null ? List.of() : first(ruItem, "matchInteraction")
                    .map(m -> children(m, "simpleMatchSet", false)).orElse(List.of());
            List<Choice> left = choices(sets.get(0), ruSets.size() == 2 ? ruSets.get(0) : null, "simpleAssociableChoice");
            List<Choice> right = choices(sets.get(1), ruSets.size() == 2 ? ruSets.get(1) : null, "simpleAssociableChoice");
            Map<String, String> pairs = new HashMap<>();
            for (String pair : correct) {
                String[] p = pair.split("\\s+");
                if (p.length == 2) {
                    pairs.put(p[0], p[1]);
                }
            }
            return new Question(id, QuestionType.MATCHING, prompt(match.get(), ruItem), null, left, right, Set.of(), pairs, null, 0,
                    List.of(), List.of(), rules, topics, difficulty, null);
        }
        if (entry.isPresent()) {
            LocalizedText prompt = new LocalizedText(firstParagraph(item), ruItem == null ? null : firstParagraph(ruItem));
            if ("float".equals(baseType) || "integer".equals(baseType)) {
                Double value = correct.isEmpty() ? null : Question.number(correct.get(0)).orElse(null);
                double tolerance = first(item, "equal").map(e -> e.getAttribute("tolerance").strip().split("\\s+")[0])
                        .flatMap(Question::number).orElse(0.0);
                return new Question(id, QuestionType.NUMERIC, prompt, null, List.of(), List.of(), Set.of(), Map.of(), value, tolerance,
                        List.of(), List.of(), rules, topics, difficulty, null);
            }
            List<String> patterns = children(item, "patternMatch", true).stream().map(p -> p.getAttribute("pattern")).toList();
            LinkedHashSet<String> accepted = new LinkedHashSet<>(correct);
            children(item, "stringMatch", true).forEach(m -> first(m, "baseValue").ifPresent(v -> accepted.add(v.getTextContent().strip())));
            return new Question(id, QuestionType.SHORT_TEXT, prompt, null, List.of(), List.of(), Set.of(), Map.of(), null, 0,
                    List.copyOf(accepted), patterns, rules, topics, difficulty, null);
        }
        problems.add(ProblemItem.at(file, 1, null, "item '" + id + "' uses an interaction FirstShift does not support "
                + "(choice, order, match and textEntry are supported)"));
        return null;
    }

    private static LocalizedText prompt(Element interaction, Element ruItem) {
        String en = first(interaction, "prompt").map(QtiPackage::text).orElse("?");
        String ru = ruItem == null ? null : first(ruItem, interaction.getLocalName()).flatMap(i -> first(i, "prompt")).map(QtiPackage::text).orElse(null);
        return new LocalizedText(en.isBlank() ? "?" : en, ru);
    }

    private static String firstParagraph(Element item) {
        return first(item, "itemBody").map(b -> children(b, "p", false).stream().map(QtiPackage::text)
                .filter(t -> !t.isBlank()).findFirst().orElse("?")).orElse("?");
    }

    private static List<Choice> choices(Element parent, Element ruParent, String name) {
        Map<String, String> ru = new HashMap<>();
        if (ruParent != null) {
            children(ruParent, name, true).forEach(c -> ru.put(c.getAttribute("identifier"), text(c)));
        }
        List<Choice> list = new ArrayList<>();
        for (Element c : children(parent, name, true)) {
            String id = c.getAttribute("identifier");
            String en = text(c);
            list.add(new Choice(id, new LocalizedText(en.isBlank() ? id : en, ru.get(id))));
        }
        return list;
    }

    private static Optional<Blueprint> blueprint(String file, Element test, List<String> keywords, List<ProblemItem> problems) {
        if (!"assessmentTest".equals(test.getLocalName())) {
            problems.add(ProblemItem.at(file, 1, null, "is not a QTI 2.1 assessmentTest"));
            return Optional.empty();
        }
        Map<String, String> k = new HashMap<>();
        Map<String, Map<String, String>> sectionMeta = new HashMap<>();
        for (String kw : keywords) {
            if (kw.startsWith("section:")) {
                String rest = kw.substring(8);
                int colon = rest.indexOf(':');
                Map<String, String> m = new HashMap<>();
                for (String part : rest.substring(colon + 1).split(";")) {
                    int eq = part.indexOf('=');
                    if (eq > 0) {
                        m.put(part.substring(0, eq), part.substring(eq + 1));
                    }
                }
                sectionMeta.put(rest.substring(0, colon), m);
            } else if (kw.indexOf(':') > 0) {
                k.put(kw.substring(0, kw.indexOf(':')), kw.substring(kw.indexOf(':') + 1));
            }
        }
        List<Blueprint.Section> sections = new ArrayList<>();
        for (Element s : children(test, "assessmentSection", true)) {
            String code = s.getAttribute("identifier");
            Map<String, String> meta = sectionMeta.getOrDefault(code, Map.of());
            int draw = first(s, "selection").map(e -> e.getAttribute("select")).filter(v -> v.matches("\\d+")).map(Integer::parseInt)
                    .orElse(children(s, "assessmentItemRef", false).size());
            Set<String> tags = new LinkedHashSet<>();
            if (meta.containsKey("tags")) {
                for (String t : meta.get("tags").split(",")) {
                    if (!t.isBlank()) {
                        tags.add(t);
                    }
                }
            } else {
                // A foreign package: the section draws from exactly the items it lists (their ids as tags).
                children(s, "assessmentItemRef", false).forEach(r -> tags.add(r.getAttribute("identifier")));
            }
            Set<Integer> difficulties = new LinkedHashSet<>();
            for (String d : meta.getOrDefault("difficulty", "").split(",")) {
                if (d.matches("[1-3]")) {
                    difficulties.add(Integer.parseInt(d));
                }
            }
            sections.add(new Blueprint.Section(code, new LocalizedText(s.getAttribute("title").isBlank() ? code : s.getAttribute("title"),
                    meta.get("title_ru")), draw, tags, difficulties));
        }
        long seconds = first(test, "timeLimits").map(e -> e.getAttribute("maxTime")).flatMap(Question::number).map(Double::longValue).orElse(1800L);
        return Optional.of(new Blueprint(test.getAttribute("identifier"), new LocalizedText(
                test.getAttribute("title").isBlank() ? test.getAttribute("identifier") : test.getAttribute("title"), k.get("title_ru")),
                k.get("certification"), Duration.ofSeconds(seconds), integer(k.get("attempts"), 1),
                Duration.ofMinutes(integer(k.get("wait_minutes"), 0)), integer(k.get("pass_mark"), 80),
                k.containsKey("review_after_minutes") ? Duration.ofMinutes(integer(k.get("review_after_minutes"), 0)) : null,
                !"false".equals(k.get("shuffle_options")), sections));
    }

    private static int integer(String v, int fallback) {
        try {
            return v == null ? fallback : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String text(Element e) {
        return e.getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static Optional<Element> first(Element parent, String localName) {
        List<Element> list = children(parent, localName, true);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** Elements by local name (any namespace), direct children only or all descendants. */
    static List<Element> children(Element parent, String localName, boolean deep) {
        List<Element> list = new ArrayList<>();
        if (deep) {
            NodeList all = parent.getElementsByTagNameNS("*", localName);
            for (int i = 0; i < all.getLength(); i++) {
                list.add((Element) all.item(i));
            }
        } else {
            NodeList kids = parent.getChildNodes();
            for (int i = 0; i < kids.getLength(); i++) {
                if (kids.item(i) instanceof Element e && localName.equals(e.getLocalName())) {
                    list.add(e);
                }
            }
        }
        return list;
    }
}
