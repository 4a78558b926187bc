package org.clinic.courses.report.e2b;

import org.clinic.courses.report.AdverseEventReportRow;
import org.clinic.courses.report.ReportFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The batch parsed back and checked against {@link E2bElementTable}, then written out and read again. */
class E2bExportTest {
    private static byte[] xml;
    private static Document doc;
    private static XPath xpath;

    @BeforeAll
    static void export() throws Exception {
        xml = write(List.of(ReportFixtures.caseRows()).iterator());
        doc = parse(xml);
        xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            public String getNamespaceURI(String prefix) {
                return prefix.equals("h") ? "urn:hl7-org:v3" : prefix.equals("xsi") ? XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI : null;
            }

            public String getPrefix(String uri) {
                return null;
            }

            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    static byte[] write(Iterator<List<AdverseEventReportRow>> cases) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new E2bExport(ReportFixtures.CONTEXT).write(cases, out);
        return out.toByteArray();
    }

    static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void rootIsTheBatchWithOneMessagePerCase() throws Exception {
        Element root = doc.getDocumentElement();
        assertEquals("MCCI_IN200100UV01", root.getLocalName());
        assertEquals("urn:hl7-org:v3", root.getNamespaceURI());
        assertEquals(1.0, (Double) xpath.evaluate("count(/h:MCCI_IN200100UV01/h:PORR_IN049016UV)", doc, XPathConstants.NUMBER));
        Document two = parse(write(List.of(ReportFixtures.caseRows(), ReportFixtures.caseRows()).iterator()));
        assertEquals(2.0, (Double) xpath.evaluate("count(/h:MCCI_IN200100UV01/h:PORR_IN049016UV)", two, XPathConstants.NUMBER));
    }

    @Test
    void everyMandatoryElementIsPresentWithItsValue() throws Exception {
        List<String> failures = new ArrayList<>();
        for (E2bElementTable.Entry e : E2bElementTable.ENTRIES) {
            String actual = xpath.evaluate(e.xpath(), doc);
            boolean present = (Boolean) xpath.evaluate("boolean(" + e.xpath() + ")", doc, XPathConstants.BOOLEAN);
            if (!present) failures.add(e.element() + " missing: " + e.xpath());
            else if (e.expected() != null && !actual.matches(e.expected())) {
                failures.add(e.element() + " is '" + actual + "', expected " + e.expected());
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void elementsComeInTheOrderOfTheGuide() throws Exception {
        for (E2bElementTable.Order o : E2bElementTable.ORDERS) {
            Element parent = (Element) xpath.evaluate(o.parent(), doc, XPathConstants.NODE);
            assertNotNull(parent, o.parent());
            List<String> children = new ArrayList<>();
            NodeList nodes = parent.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                    String name = nodes.item(i).getLocalName();
                    if (children.isEmpty() || !children.get(children.size() - 1).equals(name)) children.add(name);
                }
            }
            assertEquals(o.children(), children.stream().filter(o.children()::contains).toList(), o.parent());
        }
    }

    @Test
    void roundTripKeepsEveryValue() throws Exception {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(again));
        Document reread = parse(again.toByteArray());
        for (E2bElementTable.Entry e : E2bElementTable.ENTRIES) {
            assertEquals(xpath.evaluate(e.xpath(), doc), xpath.evaluate(e.xpath(), reread), e.element());
        }
        assertTrue(reread.getDocumentElement().isEqualNode(doc.getDocumentElement()));
    }

    @Test
    void uncodedReactionsKeepTheVerbatimTermWithANullFlavour() throws Exception {
        String base = "//h:adverseEventAssessment//h:observation[h:code/@code='29']";
        assertEquals("3", xpath.evaluate("count(" + base + ")", doc));
        assertEquals("UNC", xpath.evaluate("(" + base + ")[2]/h:value/@nullFlavor", doc));
        assertEquals("Vomiting", xpath.evaluate("(" + base + ")[2]/h:value/h:originalText", doc));
        assertEquals("true", xpath.evaluate("(" + base + ")[2]/h:outboundRelationship2/h:observation[h:code/@code='33']/h:value/@value", doc));
        assertEquals("NI", xpath.evaluate("(" + base + ")[2]/h:outboundRelationship2/h:observation[h:code/@code='34']/h:value/@nullFlavor", doc));
    }

    @Test
    void onePerLotDosagesWithTheirDates() throws Exception {
        String dosages = "//h:organizer[h:code/@code='4']/h:component[1]/h:substanceAdministration/h:outboundRelationship2[@typeCode='COMP']/h:substanceAdministration";
        assertEquals("3", xpath.evaluate("count(" + dosages + ")", doc), "L123, L124, L125 up to the last reaction");
        assertEquals("L124", xpath.evaluate("(" + dosages + ")[2]//h:lotNumberText", doc));
        assertEquals("20261121", xpath.evaluate("(" + dosages + ")[2]/h:effectiveTime/h:comp[2]/h:low/@value", doc));
        assertEquals("041", xpath.evaluate("(" + dosages + ")[1]/h:routeCode/@code", doc));
    }
}
