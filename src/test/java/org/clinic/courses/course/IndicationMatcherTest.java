package org.clinic.courses.course;

import org.clinic.courses.catalog.DrugDefinition.Protocol;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IndicationMatcherTest {
    private static final List<Protocol> PROTOCOLS = List.of(
            protocol("Acute ischaemic stroke", "ischemic stroke", "AIS"),
            protocol("Haemorrhagic stroke", "intracerebral haemorrhage"),
            protocol("Cerebral oedema"),
            protocol("Alzheimer's disease", "Alzheimer disease"));

    private static Protocol protocol(String name, String... synonyms) {
        return new Protocol(name, List.of(synonyms), Route.IV_INFUSION, null, null, null, 10, ScheduleType.DAILY, null, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Acute ischaemic stroke|Acute ischaemic stroke",
            "acute ischemic stroke|Acute ischaemic stroke",
            "  ACUTE   Ischemic-Stroke. |Acute ischaemic stroke",
            "ischaemic stroke|Acute ischaemic stroke",
            "ais|Acute ischaemic stroke",
            "hemorrhagic stroke|Haemorrhagic stroke",
            "Intracerebral hemorrhage|Haemorrhagic stroke",
            "cerebral edema|Cerebral oedema",
            "Alzheimers disease|Alzheimer's disease",
            "alzheimer’s disease|Alzheimer's disease",
            "stroke|",
            "acute ischaemic stroke with fever|",
            "''|"})
    void matchesByNameOrSynonymIgnoringCasePunctuationAndSpelling(String indication, String expected) {
        assertEquals(expected, IndicationMatcher.match(indication, PROTOCOLS).map(Protocol::name).orElse(null));
    }
}
