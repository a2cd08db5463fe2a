package dev.hangtime.routines.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.safety.SafetyAnswer;
import dev.hangtime.core.safety.SafetyAnswer.Answer;
import dev.hangtime.core.safety.SafetyList;
import dev.hangtime.core.safety.Screening;
import dev.hangtime.routines.library.HangtimePaths;
import dev.hangtime.routines.session.JournalSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The safety answer kept in the journal: given, read back on another device, forgotten, expired. */
class SafetyRecordsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path home;

    private JournalSetup device(String name, String instant) {
        return new JournalSetup(HangtimePaths.of(Map.of("HANGTIME_HOME", home.toString()), home),
                Map.of("HOSTNAME", name), Clock.fixed(Instant.parse(instant), PARIS));
    }

    @Test
    void keep_isReadBackOnAnotherDevice_withItsDateAndList() {
        boolean kept = SafetyRecords.keep(device("laptop", "2026-03-02T08:00:00Z"), Answer.NONE_APPLIES, Notices.NONE);

        Optional<SafetyAnswer> read = SafetyRecords.latest(device("desktop", "2026-03-03T08:00:00Z").history());

        assertEquals(List.of(true, Optional.of(new SafetyAnswer(Answer.NONE_APPLIES, LocalDate.of(2026, 3, 2),
                SafetyList.VERSION))), List.of(kept, read));
    }

    @Test
    void theLatestAnswer_onAnyDevice_isInForce() {
        SafetyRecords.keep(device("laptop", "2026-03-02T08:00:00Z"), Answer.NONE_APPLIES, Notices.NONE);
        SafetyRecords.keep(device("desktop", "2026-03-04T08:00:00Z"), Answer.SOMETHING_APPLIES, Notices.NONE);

        assertEquals(Optional.of(Answer.SOMETHING_APPLIES), SafetyRecords.latest(device("laptop",
                "2026-03-05T08:00:00Z").history()).map(SafetyAnswer::answer));
    }

    @Test
    void forget_leavesNoAnswer_soTheNextInversionAsks() {
        SafetyRecords.keep(device("laptop", "2026-03-02T08:00:00Z"), Answer.NONE_APPLIES, Notices.NONE);
        SafetyRecords.forget(device("laptop", "2026-03-03T08:00:00Z"), Notices.NONE);

        JournalSetup later = device("laptop", "2026-03-04T08:00:00Z");
        assertEquals(List.of(Optional.empty(), Screening.UNANSWERED), List.of(SafetyRecords.latest(later.history()),
                Screening.of(SafetyRecords.latest(later.history()), LocalDate.of(2026, 3, 4))));
    }

    @Test
    void ofTwoAnswersAtTheSameMoment_theOneWrittenLastIsInForce() {
        SafetyRecords.keep(device("laptop", "2026-03-02T08:00:00Z"), Answer.NONE_APPLIES, Notices.NONE);
        SafetyRecords.forget(device("laptop", "2026-03-02T08:00:00Z"), Notices.NONE);
        SafetyRecords.keep(device("laptop", "2026-03-02T08:00:00Z"), Answer.SOMETHING_APPLIES, Notices.NONE);

        assertEquals(Optional.of(Answer.SOMETHING_APPLIES), SafetyRecords.latest(device("laptop",
                "2026-03-02T08:00:00Z").history()).map(SafetyAnswer::answer));
    }

    @Test
    void anAnswerSixMonthsOld_asksAgain() {
        SafetyRecords.keep(device("laptop", "2026-03-02T08:00:00Z"), Answer.NONE_APPLIES, Notices.NONE);

        JournalSafetyAnswers answers = new JournalSafetyAnswers(() -> device("laptop", "2026-09-02T08:00:00Z"),
                () -> "", Notices.NONE);

        assertEquals(Screening.EXPIRED, answers.screening());
    }

    @Test
    void journalSafetyAnswers_readsOnce_andKeepsANewAnswerInMemoryAndOnDisk() {
        JournalSafetyAnswers answers = new JournalSafetyAnswers(() -> device("laptop", "2026-03-02T08:00:00Z"),
                () -> "", Notices.NONE);
        Screening before = answers.screening();

        boolean kept = answers.keep(Answer.SOMETHING_APPLIES);

        assertEquals(List.of(Screening.UNANSWERED, true, Screening.SOMETHING_APPLIES, Optional.of(
                Answer.SOMETHING_APPLIES)), List.of(before, kept, answers.screening(), SafetyRecords.latest(
                        device("x", "2026-03-02T09:00:00Z").history()).map(SafetyAnswer::answer)));
    }

    @Test
    void anUnwritableJournal_isToldAndTheAnswerHoldsForNow() throws Exception {
        Files.writeString(home.resolve("journal"), "a file where the folder should be");
        List<String> told = new java.util.ArrayList<>();
        JournalSafetyAnswers answers = new JournalSafetyAnswers(() -> device("laptop", "2026-03-02T08:00:00Z"),
                () -> "", notice -> told.add(notice.message()));

        boolean kept = answers.keep(Answer.NONE_APPLIES);

        assertEquals(List.of(false, Screening.CLEAR, 1), List.of(kept, answers.screening(), told.size()));
        assertEquals(true, told.get(0).endsWith("; the answer was not kept"), told.get(0));
    }

    @Test
    void alternatives_sentence_namesRoutinesAndPlans() {
        assertEquals(List.of("Walking, core work, heat and ice help without inversion: the routines heat, ice and the"
                + " plan walking-12-weeks.", "Walking, core work, heat and ice help without inversion: the routine"
                + " ice.", "Walking, core work, heat and ice help without inversion."), List.of(
                        Alternatives.sentence(List.of("heat", "ice"), List.of("walking-12-weeks")),
                        Alternatives.sentence(List.of("ice"), List.of()), Alternatives.sentence(List.of(), List.of())));
    }
}
