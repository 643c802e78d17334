package dev.deepcanvas.backend.account;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in lock-out policy of docs/security.md, on a clock the test moves. */
class LoginThrottleTest {

    private static final String HOME = "203.0.113.7";
    private static final String ATTACKER = "198.51.100.66";

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresLockTheNameFromThatAddressForFiveMinutes() {
        fail("dave", HOME, LoginThrottle.NAME_FAILURES - 1);
        assertThat(throttle.lockedFor("dave", HOME)).as("four failures are forgiven").isZero();

        fail("dave", HOME, 1);
        assertThat(throttle.lockedFor("DAVE ", HOME)).as("names match whatever their case and spaces")
                .isEqualTo(LoginThrottle.NAME_LOCK);

        clock.advance(LoginThrottle.NAME_LOCK.minusSeconds(1));
        assertThat(throttle.lockedFor("dave", HOME)).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockedFor("dave", HOME)).isZero();
    }

    @Test
    void attemptsWhileLockedNeitherCountNorRestartTheLock() {
        fail("dave", HOME, LoginThrottle.NAME_FAILURES);
        for (int minute = 0; minute < 4; minute++) {
            clock.advance(Duration.ofMinutes(1));
            fail("dave", HOME, 3);
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("dave", HOME)).as("five minutes after the fifth failure, whatever came since")
                .isZero();

        fail("dave", HOME, LoginThrottle.NAME_FAILURES - 1);
        assertThat(throttle.lockedFor("dave", HOME)).as("the lock's end starts the count afresh").isZero();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        fail("dave", HOME, LoginThrottle.NAME_FAILURES - 1);
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        fail("dave", HOME, 1);
        assertThat(throttle.lockedFor("dave", HOME)).isZero();
    }

    @Test
    void aBurstFromElsewhereNeverLocksTheOwnerOut() {
        for (int round = 0; round < 10; round++) {
            fail("dave", ATTACKER, LoginThrottle.NAME_FAILURES);
            assertThat(throttle.lockedFor("dave", HOME)).as("dave signs in from home, round " + round).isZero();
            clock.advance(LoginThrottle.NAME_LOCK);
        }
        assertThat(throttle.lockedFor("dave", ATTACKER)).isZero();
    }

    @Test
    void oneAddressTryingManyNamesIsLockedAsAWhole() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
            fail("name" + i, ATTACKER, 1);
        }
        assertThat(throttle.lockedFor("someone-else", ATTACKER)).isEqualTo(LoginThrottle.ADDRESS_LOCK);
        assertThat(throttle.lockedFor("someone-else", HOME)).as("other addresses are not concerned").isZero();

        clock.advance(LoginThrottle.ADDRESS_LOCK.minusMinutes(1));
        fail("more", ATTACKER, 50);
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("someone-else", ATTACKER)).as("the address lock is not restarted either")
                .isZero();
    }

    @Test
    void namesWithoutAnAccountAreCountedExactlyLikeRealOnes() {
        // The throttle never looks names up: the lock, and so the answer, is the same for "dave" and "nobody".
        fail("dave", HOME, LoginThrottle.NAME_FAILURES);
        fail("nobody-at-all", HOME, LoginThrottle.NAME_FAILURES);
        assertThat(throttle.lockedFor("nobody-at-all", HOME)).isEqualTo(throttle.lockedFor("dave", HOME));
    }

    @Test
    void aSuccessForgetsThatNamesFailuresFromThatAddress() {
        fail("dave", HOME, LoginThrottle.NAME_FAILURES - 1);
        throttle.recordSuccess("dave", HOME);
        fail("dave", HOME, LoginThrottle.NAME_FAILURES - 1);
        assertThat(throttle.lockedFor("dave", HOME)).isZero();
    }

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(name, address);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2025-01-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
