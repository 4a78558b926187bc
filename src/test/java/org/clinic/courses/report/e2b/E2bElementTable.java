package org.clinic.courses.report.e2b;

import java.util.List;

/**
 * The E2B(R3) elements this clinic must send, each with where the ICH implementation guide
 * (ICH E2B(R3) IG, HL7 v3 ICSR mapping) puts it and the value the fixture case must give it:
 * Ada Lovelace's course at Clinique Saint-Étienne (AT, sender CLINIC1, receiver AGES), reported by
 * Dr Gregory House, physician. A regular expression of null means "present, any value".
 * Written by hand from the guide because the official XSDs cannot be fetched here.
 */
final class E2bElementTable {
    record Entry(String element, String xpath, String expected) {
    }

    record Order(String parent, List<String> children) {
    }

    static final String ROOT = "/h:MCCI_IN200100UV01";
    static final String MSG = ROOT + "/h:PORR_IN049016UV";
    static final String INV = MSG + "/h:controlActProcess/h:subject/h:investigationEvent";
    static final String ROLE = INV + "/h:component/h:adverseEventAssessment/h:subject1/h:primaryRole";
    static final String PERSON = ROLE + "/h:player1";
    static final String REACTION = "(" + ROLE + "/h:subjectOf2/h:observation[h:code/@code='29'])[2]";
    static final String SUSPECT = ROLE + "/h:subjectOf2/h:organizer[h:code/@code='4']/h:component[1]/h:substanceAdministration";
    static final String PRIMARY = INV + "/h:outboundRelationship[@typeCode='SPRT'][h:relatedInvestigation/h:code/@code='2']/h:relatedInvestigation/h:subjectOf2/h:controlActEvent/h:author/h:assignedEntity";
    static final String FIRST_SENDER = INV + "/h:outboundRelationship[@typeCode='SPRT'][h:relatedInvestigation/h:code/@code='1']/h:relatedInvestigation";
    static final String SENDER = INV + "/h:subjectOf1/h:controlActEvent/h:author/h:assignedEntity";
    static final String CAUSALITY = "(" + INV + "/h:component/h:adverseEventAssessment/h:component/h:causalityAssessment[h:code/@code='39'])[2]";
    static final String OBS = "2\\.16\\.840\\.1\\.113883\\.3\\.989\\.2\\.1\\.1\\.19";

    static final List<Entry> ENTRIES = List.of(
            // N: batch and message wrapper
            e("N.1.1 type of messages in batch", ROOT + "/h:name/@code", "1"),
            e("N.1.2 batch number", ROOT + "/h:id/@extension", "CLINIC1-\\d{14}[+-]\\d{4}"),
            e("N.1.2 batch number root", ROOT + "/h:id/@root", "2\\.16\\.840\\.1\\.113883\\.3\\.989\\.2\\.1\\.3\\.22"),
            e("N.1.3 batch sender identifier", ROOT + "/h:sender/h:device/h:id/@extension", "CLINIC1"),
            e("N.1.4 batch receiver identifier", ROOT + "/h:receiver/h:device/h:id/@extension", "AGES"),
            e("N.1.5 date of batch transmission", ROOT + "/h:creationTime/@value", "20261130140000\\+0000"),
            e("interaction id", ROOT + "/h:interactionId/@extension", "MCCI_IN200100UV01"),
            e("N.2.r.1 message identifier", MSG + "/h:id/@extension", "AT-CLINIC1-7-V1"),
            e("N.2.r.2 message sender identifier", MSG + "/h:sender/h:device/h:id/@extension", "CLINIC1"),
            e("N.2.r.3 message receiver identifier", MSG + "/h:receiver/h:device/h:id/@extension", "AGES"),
            e("N.2.r.4 date of message creation", MSG + "/h:creationTime/@value", "20261130140000\\+0000"),
            e("message interaction", MSG + "/h:interactionId/@extension", "PORR_IN049016UV"),
            // C.1: identification of the case safety report
            e("C.1.1 sender's safety report unique id", INV + "/h:id[@root='2.16.840.1.113883.3.989.2.1.3.1']/@extension", "AT-CLINIC1-7"),
            e("C.1.2 date of creation", MSG + "/h:controlActProcess/h:effectiveTime/@value", "20261130140000\\+0000"),
            e("C.1.3 type of report (spontaneous)", INV + "/h:subjectOf2/h:investigationCharacteristic[h:code/@code='1']/h:value/@code", "1"),
            e("C.1.4 date first received from source", INV + "/h:effectiveTime/h:low/@value", "20261121"),
            e("C.1.5 date of most recent information", INV + "/h:availabilityTime/@value", "20261130"),
            e("C.1.6.1 additional documents available", INV + "/h:component/h:observationEvent[h:code/@code='1']/h:value/@value", "false"),
            e("C.1.7 fulfils local criteria for expedited report", INV + "/h:component/h:observationEvent[h:code/@code='23']/h:value/@value", "true"),
            e("C.1.8.1 worldwide unique case id", INV + "/h:id[@root='2.16.840.1.113883.3.989.2.1.3.2']/@extension", "AT-CLINIC1-7"),
            // C.1.8.2: relatedInvestigation code 1 (initial report, list .22) authored by the first sender, 2 = other than regulator (list .3)
            e("C.1.8.2 first sender: initial report", FIRST_SENDER + "/h:code/@codeSystem", "2\\.16\\.840\\.1\\.113883\\.3\\.989\\.2\\.1\\.1\\.22"),
            e("C.1.8.2 first sender (other than regulator)", FIRST_SENDER + "/h:subjectOf2/h:controlActEvent/h:author/h:assignedEntity/h:code/@code", "2"),
            e("C.1.8.2 first sender code list", FIRST_SENDER + "/h:subjectOf2/h:controlActEvent/h:author/h:assignedEntity/h:code/@codeSystem",
                    "2\\.16\\.840\\.1\\.113883\\.3\\.989\\.2\\.1\\.1\\.3"),
            // C.1.9.1: only true or nullFlavor NI are allowed; none recorded here, so NI
            e("C.1.9.1 other case ids in previous transmissions (none: NI)", INV + "/h:subjectOf2/h:investigationCharacteristic[h:code/@code='2']/h:value/@nullFlavor", "NI"),
            // C.2: primary source (the physician who confirms the report)
            e("C.2.r.1.2 reporter's given name", PRIMARY + "/h:assignedPerson/h:name/h:given", "Gregory"),
            e("C.2.r.1.4 reporter's family name", PRIMARY + "/h:assignedPerson/h:name/h:family", "House"),
            e("C.2.r.2 reporter's organisation", PRIMARY + "/h:representedOrganization/h:name", "Clinique Saint-Étienne"),
            e("C.2.r.2.7 reporter's telephone", PRIMARY + "/h:telecom/@value", "tel:\\+431234567"),
            e("C.2.r.3 reporter's country", PRIMARY + "/h:assignedPerson/h:asLocatedEntity/h:location/h:code/@code", "AT"),
            e("C.2.r.4 qualification (physician)", PRIMARY + "/h:assignedPerson/h:asQualifiedEntity/h:code/@code", "1"),
            e("C.2.r.5 primary source for regulatory purposes", INV + "/h:outboundRelationship[@typeCode='SPRT'][h:relatedInvestigation/h:code/@code='2']/h:priorityNumber/@value", "1"),
            // C.3: sender
            e("C.3.1 sender type (health professional)", SENDER + "/h:code/@code", "3"),
            e("C.3.2 sender's organisation", SENDER + "/h:representedOrganization/h:name", "Clinique Saint-Étienne"),
            e("C.3.4.1 sender's street address", SENDER + "/h:addr/h:streetAddressLine", "Hauptstraße 1, 1010 Wien"),
            // D: patient
            e("D.1 patient initials", PERSON + "/h:name", "A\\.L\\."),
            e("D.2.1 date of birth", PERSON + "/h:birthTime/@value", "19500302"),
            e("D.2.2a age at onset", ROLE + "/h:subjectOf2/h:observation[h:code/@code='3']/h:value/@value", "76"),
            e("D.2.2b age unit (years)", ROLE + "/h:subjectOf2/h:observation[h:code/@code='3']/h:value/@unit", "a"),
            e("D.3 body weight (kg)", ROLE + "/h:subjectOf2/h:observation[h:code/@code='7']/h:value/@value", "61\\.5"),
            e("D.5 sex (female)", PERSON + "/h:administrativeGenderCode/@code", "2"),
            e("D.7.2 medical history text", ROLE + "/h:subjectOf2/h:organizer[h:code/@code='1']//h:observation[h:code/@code='18']/h:value",
                    "Epilepsy \\(G40\\.9\\)\\. Allergies: Penicillin"),
            // E: reaction (the second, vomiting)
            e("E.i.1.1a reaction as reported", REACTION + "/h:value/h:originalText", "Vomiting"),
            e("E.i.2.1b MedDRA code (not coded: UNC)", REACTION + "/h:value/@nullFlavor", "UNC"),
            e("E.i.3.2c hospitalisation", REACTION + "/h:outboundRelationship2/h:observation[h:code/@code='33']/h:value/@value", "true"),
            e("E.i.3.2a death not a criterion", REACTION + "/h:outboundRelationship2/h:observation[h:code/@code='34']/h:value/@nullFlavor", "NI"),
            e("E.i.4 date of start of reaction", REACTION + "/h:effectiveTime/h:low/@value", "20261122"),
            e("E.i.7 outcome (recovered)", REACTION + "/h:outboundRelationship2/h:observation[h:code/@code='27']/h:value/@code", "1"),
            e("E.i.8 medical confirmation", REACTION + "/h:outboundRelationship2/h:observation[h:code/@code='24']/h:value/@value", "true"),
            e("E.i.9 country where the reaction occurred", REACTION + "/h:location/h:locatedEntity/h:locatedPlace/h:code/@code", "AT"),
            // F: tests
            e("F.r.2.1 test name", ROLE + "/h:subjectOf2/h:organizer[h:code/@code='3']//h:observation/h:code/h:originalText",
                    "Estimated glomerular filtration rate \\(eGFR\\)"),
            e("F.r.1 test date unknown", ROLE + "/h:subjectOf2/h:organizer[h:code/@code='3']//h:observation/h:effectiveTime/@nullFlavor", "UNK"),
            e("F.r.3.2 test result value", ROLE + "/h:subjectOf2/h:organizer[h:code/@code='3']//h:observation/h:value/h:center/@value", "72"),
            e("F.r.3.3 test result unit", ROLE + "/h:subjectOf2/h:organizer[h:code/@code='3']//h:observation/h:value/h:center/@unit", "mL/min/\\{1\\.73_m2\\}"),
            // G: suspect drug
            e("G.k.1 characterisation (suspect)", INV + "/h:component/h:adverseEventAssessment/h:component[1]/h:causalityAssessment[h:code/@code='20']/h:value/@code", "1"),
            e("G.k.2.2 medicinal product name", SUSPECT + "/h:consumable/h:instanceOfKind/h:kindOfProduct/h:name", "Cerebrolysin"),
            e("G.k.4.r.1a dose", SUSPECT + "/h:outboundRelationship2[@typeCode='COMP'][1]/h:substanceAdministration/h:doseQuantity/@value", "30"),
            e("G.k.4.r.1b dose unit", SUSPECT + "/h:outboundRelationship2[@typeCode='COMP'][1]/h:substanceAdministration/h:doseQuantity/@unit", "mL"),
            e("G.k.4.r.2 frequency (daily)", SUSPECT + "/h:outboundRelationship2[@typeCode='COMP'][1]/h:substanceAdministration/h:effectiveTime/h:comp[1]/h:period/@unit", "d"),
            e("G.k.4.r.4 date of start of drug", SUSPECT + "/h:outboundRelationship2[@typeCode='COMP'][1]/h:substanceAdministration/h:effectiveTime/h:comp[2]/h:low/@value", "20261120"),
            e("G.k.4.r.7 batch / lot number", SUSPECT + "/h:outboundRelationship2[@typeCode='COMP'][1]/h:substanceAdministration//h:lotNumberText", "L123"),
            e("G.k.4.r.10 route (intravenous drip)", SUSPECT + "/h:outboundRelationship2[@typeCode='COMP'][1]/h:substanceAdministration/h:routeCode/@code", "041"),
            e("G.k.4.r.5 end of the last dosage (course ongoing: none)", SUSPECT + "/h:outboundRelationship2[@typeCode='COMP'][3]/h:substanceAdministration/h:effectiveTime/h:comp[2]/h:high/@nullFlavor", "NA"),
            e("G.k.11 additional information (actions per reaction)", SUSPECT + "/h:outboundRelationship2[@typeCode='REFR']/h:observation[h:code/@code='2']/h:value",
                    "Action taken per reaction: Headache \\(2026-11-21\\): dose not changed; Vomiting \\(2026-11-22\\): temporarily interrupted.*"),
            e("G.k.5a cumulative dose to first reaction", SUSPECT + "/h:outboundRelationship2[@typeCode='SUMM']/h:observation/h:value/@value", "60"),
            e("G.k.7.r.1 indication as reported", SUSPECT + "/h:inboundRelationship[@typeCode='RSON']/h:observation/h:value/h:originalText", "Acute ischaemic stroke"),
            e("G.k.8 action taken (withdrawn or interrupted)", SUSPECT + "/h:inboundRelationship[@typeCode='CAUS']/h:act/h:code/@code", "1"),
            e("G.k.9.i.3.1 time from first dose to reaction", SUSPECT + "/h:outboundRelationship1[2]/h:pauseQuantity/@value", "2"),
            e("G.k.9.i.4 recurrence on readministration (yes)", SUSPECT + "/h:outboundRelationship2[@typeCode='PERT'][2]/h:observation/h:value/@code", "1"),
            e("G.k.9.i.2.r.1 source of assessment", CAUSALITY + "/h:author/h:assignedEntity/h:code/h:originalText", "Reporter \\(physician\\)"),
            e("G.k.9.i.2.r.2 method of assessment", CAUSALITY + "/h:methodCode/h:originalText", "WHO-UMC causality categories"),
            e("G.k.9.i.2.r.3 result of assessment", CAUSALITY + "/h:value", "Probable/Likely"),
            e("G.k.9.i.2 assessed reaction", CAUSALITY + "/h:subject1/h:adverseEffectReference/h:id/@root", "[0-9a-f-]{36}"),
            // H: narrative
            e("H.1 case narrative", INV + "/h:text", "Patient A\\.L\\., 76 years, female.*Vomiting.*dechallenge: yes.*"));

    static final List<Order> ORDERS = List.of(
            new Order(ROOT, List.of("id", "creationTime", "responseModeCode", "interactionId", "name", "PORR_IN049016UV",
                    "receiver", "sender")),
            new Order(MSG, List.of("id", "creationTime", "interactionId", "processingCode", "processingModeCode",
                    "acceptAckCode", "receiver", "sender", "controlActProcess")),
            new Order(INV, List.of("id", "code", "text", "statusCode", "effectiveTime", "availabilityTime", "component",
                    "outboundRelationship", "subjectOf1", "subjectOf2")),
            new Order(PERSON, List.of("name", "administrativeGenderCode", "birthTime")),
            new Order(REACTION, List.of("id", "code", "effectiveTime", "value", "location", "outboundRelationship2")),
            new Order(SUSPECT, List.of("id", "consumable", "outboundRelationship1", "outboundRelationship2", "inboundRelationship")),
            new Order(CAUSALITY, List.of("code", "value", "methodCode", "author", "subject1", "subject2")));

    private E2bElementTable() {
    }

    private static Entry e(String element, String xpath, String expected) {
        return new Entry(element, xpath, expected);
    }
}
