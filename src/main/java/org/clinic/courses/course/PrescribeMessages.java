package org.clinic.courses.course;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Words on the prescription form. Translated with messages/prescribe_xx.properties (see README, Configuration). */
@MessageBundle(value = "prescribe", locale = "en")
public interface PrescribeMessages {

    @Message("For")
    String forPatient();

    @Message("(MRN {mrn}, born {born})")
    String mrnBorn(String mrn, LocalDate born);

    @Message("Start from a protocol")
    String fromProtocol();

    @Message("Protocol")
    String protocol();

    @Message("None (fill in by hand)")
    String noProtocol();

    @Message("{minMl}–{maxMl} ml/day, {#if minDays == maxDays}{minDays}{#else}{minDays}–{maxDays}{/if} days,")
    String protocolRange(BigDecimal minMl, BigDecimal maxMl, Integer minDays, Integer maxDays);

    @Message("Fill in from protocol")
    String fillIn();

    @Message("Matched to the drug's protocols (UK or US spelling)")
    String hintIndication();

    @Message("Daily volume (ml)")
    String dailyVolume();

    @Message("Start date")
    String startDate();

    @Message("Length (calendar days)")
    String length();

    @Message("Schedule")
    String schedule();

    @Message("Weekdays (Mon–Fri)")
    String weekdays();

    @Message("Daily")
    String daily();

    @Message("Clinic time ({zone}). Give it when known: protocols with a latest start after onset (72 h for an acute ischaemic stroke) are checked only with it")
    String hintOnset(String zone);

    @Message("Prescribe")
    String prescribe();
}
