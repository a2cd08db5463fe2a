package dev.hangtime.core.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.safety.SafetyAnswer.Answer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScreeningTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private static Optional<SafetyAnswer> answered(Answer answer, LocalDate on, int list) {
        return Optional.of(new SafetyAnswer(answer, on, list));
    }

    @Test
    void noAnswer_asks() {
        assertEquals(List.of(Screening.UNANSWERED, true),
                List.of(Screening.of(Optional.empty(), MARCH_2), Screening.of(Optional.empty(), MARCH_2).asks()));
    }

    @Test
    void answer_holdsUntilTheDayBeforeSixMonthsAfter_thenAsksAgain() {
        Optional<SafetyAnswer> kept = answered(Answer.NONE_APPLIES, MARCH_2, SafetyList.VERSION);

        assertEquals(List.of(Screening.CLEAR, Screening.CLEAR, Screening.EXPIRED, Screening.EXPIRED),
                List.of(Screening.of(kept, MARCH_2), Screening.of(kept, LocalDate.of(2026, 9, 1)),
                        Screening.of(kept, LocalDate.of(2026, 9, 2)), Screening.of(kept, LocalDate.of(2027, 1, 1))));
        assertEquals(LocalDate.of(2026, 9, 2), kept.get().asksAgainOn());
    }

    @Test
    void somethingApplies_isKeptLikewise() {
        Optional<SafetyAnswer> kept = answered(Answer.SOMETHING_APPLIES, MARCH_2, SafetyList.VERSION);

        assertEquals(List.of(Screening.SOMETHING_APPLIES, false, Screening.EXPIRED),
                List.of(Screening.of(kept, MARCH_2), Screening.of(kept, MARCH_2).asks(),
                        Screening.of(kept, LocalDate.of(2026, 9, 2))));
    }

    @Test
    void answerToAnotherVersionOfTheList_asksAgain() {
        Optional<SafetyAnswer> kept = answered(Answer.NONE_APPLIES, MARCH_2, SafetyList.VERSION - 1);

        assertEquals(List.of(Screening.LIST_CHANGED, true),
                List.of(Screening.of(kept, MARCH_2), Screening.of(kept, MARCH_2).asks()));
    }

    @Test
    void list_namesEveryConditionOfTheDomainNotes() {
        assertEquals(10, SafetyList.CONDITIONS.size());
        String all = String.join("; ", SafetyList.CONDITIONS);
        for (String word : List.of("glaucoma", "eye disease", "140/90", "heart", "stroke", "blood thinners",
                "osteoporosis", "fracture", "implant", "hernia", "middle-ear infection", "pregnant")) {
            assertEquals(true, all.contains(word), word);
        }
    }
}
