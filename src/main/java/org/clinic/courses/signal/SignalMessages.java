package org.clinic.courses.signal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the clinic safety view. Translated with messages/signal_xx.properties. */
@MessageBundle(value = "signal", locale = "en")
public interface SignalMessages {
    @Message("Safety signals")
    String title();

    @Message("Period and thresholds")
    String choose();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Drug")
    String drug();

    @Message("all drugs")
    String allDrugs();

    @Message("Lot signal factor")
    String factor();

    @Message("A lot is a signal when its rate per 1,000 doses is above the drug's overall rate times this factor.")
    String factorHint();

    @Message("Minimum side effects for a lot signal")
    String minimum();

    @Message("Show")
    String show();

    @Message("Download CSV")
    String csv();

    @Message("{from} to {to} (clinic days, {zone})")
    String period(java.time.LocalDate from, java.time.LocalDate to, String zone);

    @Message("{count} lots to review")
    String signals(long count);

    @Message("{count} lot to review")
    String signalOne(long count);

    @Message("{count} terms not in the drug's listed side effects")
    String unlabelled(long count);

    @Message("{count} term not in the drug's listed side effects")
    String unlabelledOne(long count);

    @Message("Exposure")
    String exposure();

    @Message("Courses")
    String courses();

    @Message("Doses given")
    String doses();

    @Message("Side effects")
    String events();

    @Message("Per 1,000 doses")
    String perThousand();

    @Message("Per 100 courses")
    String perHundred();

    @Message("By term")
    String byTerm();

    @Message("Term")
    String term();

    @Message("Serious")
    String serious();

    @Message("Courses affected")
    String affected();

    @Message("Listed for the drug")
    String labelled();

    @Message("yes")
    String yes();

    @Message("Not listed")
    String notListed();

    @Message("By lot")
    String byLot();

    @Message("Lot")
    String lot();

    @Message("no dose that day")
    String noLot();

    @Message("Drug overall per 1,000 doses")
    String drugRate();

    @Message("Times the drug's rate")
    String ratio();

    @Message("Signal")
    String signal();

    @Message("Review this lot")
    String review();

    @Message("Weekly trend")
    String trend();

    @Message("Side effects per week, {from} to {to}; serious ones drawn darker. The table lists each week.")
    String trendLabel(java.time.LocalDate from, java.time.LocalDate to);

    @Message("Week of {monday}: {events} side effects, {serious} serious")
    String weekTitle(java.time.LocalDate monday, long events, long serious);

    @Message("Week starting")
    String week();

    @Message("Nothing recorded in this period.")
    String nothing();

    @Message("Rates: courses affected per 100 courses with a given dose in the period; side effects per 1,000 given doses. A side effect counts under the lot given on its course day.")
    String method();
}
