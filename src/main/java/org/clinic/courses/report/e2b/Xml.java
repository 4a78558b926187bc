package org.clinic.courses.report.e2b;

import org.clinic.courses.web.XmlChars;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A thin fluent layer over StAX for the HL7 v3 elements E2B(R3) is made of; unchecked exceptions. */
final class Xml {
    static final String HL7 = "urn:hl7-org:v3";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private final XMLStreamWriter w;

    Xml(XMLStreamWriter w) {
        this.w = w;
    }

    /** Opens an element with attribute name/value pairs (a null value leaves the attribute out). */
    Xml open(String name, String... attributes) {
        try {
            w.writeStartElement(HL7, name);
            attributes(attributes);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml close() {
        try {
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element without children. */
    Xml empty(String name, String... attributes) {
        try {
            w.writeEmptyElement(HL7, name);
            attributes(attributes);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element holding text; an empty or null text gives the element with {@code nullFlavor}. */
    Xml text(String name, String text, String nullFlavor) {
        if (text == null || text.isBlank()) return empty(name, "nullFlavor", nullFlavor);
        open(name);
        try {
            w.writeCharacters(XmlChars.safe(text));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return close();
    }

    Xml chars(String text) {
        try {
            w.writeCharacters(text == null ? "" : XmlChars.safe(text));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code <value xsi:type="...">} with further attributes. */
    Xml value(String type, String... attributes) {
        empty("value", attributes);
        return typed(type);
    }

    Xml openValue(String type, String... attributes) {
        open("value", attributes);
        return typed(type);
    }

    Xml typed(String type) {
        try {
            w.writeAttribute("xsi", XSI, "type", type);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void attributes(String... pairs) throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) w.writeAttribute(pairs[i], XmlChars.safe(pairs[i + 1]));
        }
    }
}
