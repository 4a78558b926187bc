package org.clinic.courses.dose.gs1;

import java.util.regex.Pattern;

/**
 * A lot (AI 10) is variable length: when it is not the last field it must end with the group separator.
 * Wedge scanners and typing may drop that separator, and the lot then swallows what follows it: lot
 * {@code LOT77A} then serial {@code SER0001} reads as lot {@code LOT77A21SER0001} and no serial. The pack
 * cannot say which it is, so this only says when a lot looks like that, for the nurse to check. Pure.
 */
public final class LotRunOn {
    /** "21" and at least one character (a serial), or "17" and six digits (an expiry), after the lot's first character. */
    private static final Pattern FOLLOWING_AI = Pattern.compile(".+(21.+|17\\d{6}.*)");

    private LotRunOn() {
    }

    /** The lot read may hold a following field: only when the pack has no serial of its own (else the separator was there). */
    public static boolean mayIncludeAnotherField(Gs1Pack pack) {
        return pack.lot() != null && pack.serial() == null && FOLLOWING_AI.matcher(pack.lot()).matches();
    }
}
