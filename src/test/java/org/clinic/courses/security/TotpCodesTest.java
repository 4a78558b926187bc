package org.clinic.courses.security;

import dev.samstevens.totp.secret.DefaultSecretGenerator;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.*;

/** TOTP codes and secrets at rest, without Quarkus. */
class TotpCodesTest {
    private static final String SECRET = new DefaultSecretGenerator(32).generate();

    @Test
    void aCodeIsValidOneStepEitherSideAndNamesItsStep() {
        long now = 1_800_000_015L;
        long step = TotpCodes.stepAt(now);
        for (long s = step - 1; s <= step + 1; s++) {
            assertEquals(OptionalLong.of(s), TotpCodes.matchingStep(SECRET, TotpCodes.codeAt(SECRET, s), now));
        }
        assertEquals(OptionalLong.empty(), TotpCodes.matchingStep(SECRET, TotpCodes.codeAt(SECRET, step - 2), now));
        assertEquals(OptionalLong.empty(), TotpCodes.matchingStep(SECRET, TotpCodes.codeAt(SECRET, step + 2), now));
    }

    @Test
    void rfc6238VectorAndJunkAreHandled() {
        // RFC 6238 appendix B, SHA-1, T = 59 s, secret "12345678901234567890" (Base32 below): 94287082 -> 287082.
        String rfc = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        assertEquals("287082", TotpCodes.codeAt(rfc, TotpCodes.stepAt(59)));
        assertTrue(TotpCodes.matchingStep(rfc, "287082", 59).isPresent());
        for (String junk : new String[]{null, "", "28708", "2870821", "abcdef", "28 7082"}) {
            assertTrue(TotpCodes.matchingStep(rfc, junk, 59).isEmpty(), String.valueOf(junk));
        }
    }

    @Test
    void secretsAreStoredEncryptedAndOnlyTheSameKeyOpensThem() {
        TotpSecrets secrets = new TotpSecrets(new SessionKeys(Optional.of("Hq8vN3xK7pL2mR9sT4wZ6yB1cD5fG0jE8aU3iO7")));
        String sealed = secrets.encrypt(SECRET);
        assertFalse(sealed.contains(SECRET));
        assertNotEquals(sealed, secrets.encrypt(SECRET), "a new nonce each time");
        assertEquals(SECRET, secrets.decrypt(sealed));
        TotpSecrets other = new TotpSecrets(new SessionKeys(Optional.of("another-key-Zr7Qm2Lp9Xv4Kt8Wn3Bc6Hd1")));
        assertNull(other.decrypt(sealed));
    }
}
