package dev.hangtime.core.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RedFlagsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static PainReading session(int day, int before, int after) {
        return new PainReading(DAY.plusDays(day), OptionalInt.of(before), OptionalInt.of(after));
    }

    private static PainReading alone(int day, int score) {
        return new PainReading(DAY.plusDays(day), OptionalInt.of(score), OptionalInt.empty());
    }

    @Test
    void score_8OrMore_isARedFlag() {
        assertEquals(List.of(Optional.empty(), Optional.of(RedFlags.SEVERE_PAIN), Optional.of(RedFlags.SEVERE_PAIN)),
                List.of(RedFlags.score(7), RedFlags.score(8), RedFlags.score(10)));
    }

    @Test
    void afterSession_aRiseOf2_isARedFlagOnlyWhenTheLastSessionRoseToo_andIsAskedOnlyThen() {
        int[] asked = {0};

        Optional<String> small = RedFlags.afterSession(OptionalInt.of(3), 4, () -> asked[0]++ > 0);
        Optional<String> first = RedFlags.afterSession(OptionalInt.of(3), 5, () -> ++asked[0] < 0);
        Optional<String> second = RedFlags.afterSession(OptionalInt.of(3), 5, () -> true);
        Optional<String> noBefore = RedFlags.afterSession(OptionalInt.empty(), 7, () -> true);

        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of(RedFlags.RISING_PAIN), Optional.empty(),
                1), List.of(small, first, second, noBefore, asked[0]));
    }

    @Test
    void days_findsEverySevereScore_andTheSecondOfTwoRisesInARow() {
        List<PainReading> readings = List.of(session(0, 3, 5), alone(1, 4), session(2, 4, 4), session(3, 3, 5),
                session(4, 2, 4), alone(5, 8), session(6, 5, 9), session(7, 4, 6));

        assertEquals(List.of(DAY.plusDays(4), DAY.plusDays(5), DAY.plusDays(6), DAY.plusDays(7)),
                RedFlags.days(readings));
    }

    @Test
    void lastSessionRose_looksAtTheLatestSessionWithBothScores() {
        assertEquals(List.of(true, false, false), List.of(
                RedFlags.lastSessionRose(List.of(session(0, 3, 6), alone(1, 2))),
                RedFlags.lastSessionRose(List.of(session(0, 3, 6), session(1, 3, 4))),
                RedFlags.lastSessionRose(List.of())));
    }

    @Test
    void theMessages_sayWhenToSeeADoctor_andThatInversionShouldPause_andPromiseNoCure() {
        for (String message : List.of(RedFlags.SEVERE_PAIN, RedFlags.RISING_PAIN)) {
            assertEquals(List.of(true, true, true, false), List.of(message.contains("See a doctor"),
                    message.contains("Pause inversion"), message.contains("below the knee"),
                    message.toLowerCase(java.util.Locale.ROOT).contains("cure")), message);
        }
    }
}
