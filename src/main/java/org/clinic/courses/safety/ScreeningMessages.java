package org.clinic.courses.safety;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Words of the screening findings, protocol limits and eGFR readings (screening:). */
@MessageBundle(value = "screening", locale = "en")
public interface ScreeningMessages {

    @Message("measured {on}, {#if days == 0}today{#else if days == 1}1 day ago{#else}{days} days ago{/if}")
    String measured(LocalDate on, long days);

    @Message("date of measurement not recorded")
    String dateNotRecorded();

    @Message("Screening before saving")
    String findingsTitle();

    @Message("Check the prescription")
    String check();

    @Message("Nothing found: no contraindication, interaction, age or limit finding for this patient and prescription.")
    String nothingFound();

    @Message("Findings are judged again when you save, and whenever the patient's record changes.")
    String judgedAgain();

    @Message("Reason for prescribing outside the drug's limits (physician)")
    String limitOverrideReason();

    @Message("Required only when the daily volume or route is outside the drug's limits; recorded as an overridden flag.")
    String hintLimitOverride();

    @Message("Protocol limits")
    String protocolLimitsTitle();

    @Message("{name}: {minMl}–{maxMl} ml a day, {#if minDays == maxDays}{minDays}{#else}{minDays}–{maxDays}{/if} days{#if hours}, start within {hours} h of onset{/if}")
    String protocolLimits(String name, BigDecimal minMl, BigDecimal maxMl, Integer minDays, Integer maxDays, Integer hours);

    @Message("No protocol matches this indication: only the drug's own limits apply ({minMl}–{maxMl} ml a day).")
    String noProtocolLimits(BigDecimal minMl, BigDecimal maxMl);
}
