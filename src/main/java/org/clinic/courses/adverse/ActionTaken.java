package org.clinic.courses.adverse;

/** What was done with the drug because of the event. */
public enum ActionTaken { NONE, DOSE_REDUCED, INTERRUPTED, WITHDRAWN }
