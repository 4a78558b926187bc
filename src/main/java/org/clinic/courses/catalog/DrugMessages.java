package org.clinic.courses.catalog;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.math.BigDecimal;

/** Words on the drug catalog pages. Translated with messages/drug_xx.properties (see README, Configuration). */
@MessageBundle(value = "drug", locale = "en")
public interface DrugMessages {

    @Message("Revision")
    String revision();

    @Message("Last changed")
    String lastChanged();

    @Message("by {user}")
    String by(String user);

    @Message("The catalog is empty.")
    String empty();

    @Message("revision {revision}")
    String revisionN(int revision);

    @Message("Concentration")
    String concentration();

    @Message("{value} mg/ml")
    String mgPerMl(BigDecimal value);

    @Message("not set")
    String notSet();

    @Message("Minimum age")
    String minAge();

    @Message("{years} years")
    String years(Integer years);

    @Message("Persistent side effect after")
    String persistentAfter();

    @Message("{days} consecutive days")
    String consecutiveDays(Integer days);

    @Message("Source")
    String source();

    @Message("Routes and limits")
    String routesAndLimits();

    @Message("Max per administration")
    String maxPerAdministration();

    @Message("Min total (with diluent)")
    String minTotal();

    @Message("Infusion minutes")
    String infusionMinutes();

    @Message("Diluents")
    String diluents();

    @Message("Sites")
    String sites();

    @Message("Preparation")
    String preparation();

    @Message("Contraindications")
    String contraindications();

    @Message("Synonyms")
    String synonyms();

    @Message("ICD-10")
    String icd10();

    @Message("Excluded codes")
    String excludedCodes();

    @Message("eGFR below")
    String egfrBelow();

    @Message("Allergy substances")
    String allergySubstances();

    @Message("Interactions")
    String interactions();

    @Message("Drug or class")
    String drugOrClass();

    @Message("Members")
    String members();

    @Message("Advice")
    String advice();

    @Message("Protocols")
    String protocols();

    @Message("Length")
    String length();

    @Message("Latest start after onset")
    String latestStart();

    @Message("Edit the definition")
    String editDefinition();

    @Message("Concentration (mg/ml)")
    String fieldConcentration();

    @Message("Minimum age (years)")
    String fieldMinAge();

    @Message("Daily volume from (ml)")
    String fieldDailyFrom();

    @Message("Daily volume to (ml)")
    String fieldDailyTo();

    @Message("Persistent after (days)")
    String fieldPersistence();

    @Message("Description")
    String description();

    @Message("Routes, side effects, contraindications, interactions, protocols (JSON)")
    String lists();

    @Message("Save as revision {revision}")
    String saveAsRevision(int revision);

    @Message("Earlier revisions")
    String earlierRevisions();

    @Message("Revision {revision}, replaced {at} by {user}")
    String replaced(int revision, String at, String user);

    @Message("None")
    String noRevisions();

    // flash messages after a form

    @Message("{name} saved as revision {revision}.")
    String savedAsRevision(String name, int revision);
}
