package org.clinic.courses.safety;

import org.clinic.courses.catalog.Catalogs;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.catalog.Terminology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 9 (independent review): the indication is read with the same clause-scoped negation as
 * conditions, so a negated protocol name does not pick the protocol. "-" means no protocol.
 */
class IndicationNegationTest {
    private static final DrugDefinition DRUG = Catalogs.cerebrolysin();

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Acute ischaemic stroke \u2014 ruled out; TIA           | -",
            "'Acute ischaemic stroke \u2014 ruled out, TIA'         | -",
            "Not an acute ischaemic stroke                         | -",
            "No evidence of ischaemic stroke                       | -",
            "Ischaemic stroke excluded                             | -",
            "Family history of ischaemic stroke                    | -",
            "Acute ischaemic stroke                                | Acute ischaemic stroke",
            "'Acute ischemic stroke, left MCA territory'           | Acute ischaemic stroke",
            "Ischaemic stroke cannot be excluded                   | Acute ischaemic stroke",
            "'TIA, ruled out acute ischaemic stroke'              | -",
            "'Stroke ruled out, but traumatic brain injury'        | Traumatic brain injury",
            "'Ischaemic stroke ruled out, intracerebral haemorrhage' | Haemorrhagic stroke",
            "'Acute ischaemic stroke; haemorrhage ruled out'       | Acute ischaemic stroke",
    })
    void negatedProtocolNamesDoNotMatch(String indication, String protocol) {
        assertEquals(protocol, Terminology.findProtocol(DRUG, indication).map(DrugDefinition.Protocol::name).orElse("-"));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} flag(s)")
    @CsvSource(delimiter = '|', value = {
            "'Acute ischaemic stroke \u2014 ruled out, TIA' | 1",
            "'Acute ischaemic stroke, TIA ruled out'        | 0"})
    void aNegatedIndicationIsNotRecognised(String indication, int expected) {
        Fixture f = new Fixture();
        f.course.indication = indication;
        assertEquals(expected, f.findings(FlagCode.INDICATION_NOT_RECOGNISED).size());
    }
}
