package org.clinic.courses.dose.gs1;

/** A scanned string that is not a GS1 element string this clinic can read; the message says why. */
public class UnreadableScan extends RuntimeException {
    public UnreadableScan(String why) {
        super(why);
    }
}
