package dev.hangtime.core.safety;

import static dev.hangtime.core.safety.Steps.heat;
import static dev.hangtime.core.safety.Steps.hold;
import static dev.hangtime.core.safety.Steps.prompt;
import static dev.hangtime.core.safety.Steps.safetyCheck;
import static dev.hangtime.core.safety.Steps.timeline;
import static dev.hangtime.core.safety.Steps.walk;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.safety.SafetyGate.Decision;
import dev.hangtime.core.safety.SafetyGate.Kind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafetyGateTest {

    private final Timeline firstWeeks = timeline(safetyCheck("Safety check"), hold(25, 60), hold(0, 60),
            hold(25, 60), prompt("Come up slowly", 30));
    private final Timeline spasm = timeline(walk(10), heat(15), safetyCheck("Inversion safety check"),
            hold(25, 60), prompt("Come up slowly", 30));

    private static List<SegmentKind> kinds(Decision decision) {
        return decision.timeline().orElseThrow().segments().stream().map(Segment::kind).toList();
    }

    @Test
    void routineWithoutInversion_runsAsItIs_whateverTheAnswer() {
        Timeline walk = timeline(walk(10));

        for (Screening screening : Screening.values()) {
            Decision decision = SafetyGate.decide(walk, screening);
            assertEquals(List.of(Kind.RUN, Optional.of(walk), SessionSafety.NONE), List.of(decision.kind(),
                    decision.timeline(), decision.safety()), screening.name());
        }
    }

    @Test
    void firstInversion_unansweredExpiredOrAnotherList_asksFirst() {
        for (Screening screening : List.of(Screening.UNANSWERED, Screening.EXPIRED, Screening.LIST_CHANGED)) {
            Decision decision = SafetyGate.decide(firstWeeks, screening);
            assertEquals(List.of(Kind.ASK, Optional.empty()), List.of(decision.kind(), decision.timeline()));
        }
    }

    @Test
    void clear_runsTheRoutineAsItIs_withItsSafetyCheckSaidInShort() {
        Decision decision = SafetyGate.decide(firstWeeks, Screening.CLEAR);

        assertEquals(List.of(Kind.RUN, Optional.of(firstWeeks), new SessionSafety(true, Map.of(0, ShortCheck.TEXT))),
                List.of(decision.kind(), decision.timeline(), decision.safety()));
    }

    @Test
    void somethingApplies_runsWithoutTheInversion_andSaysWhy() {
        Decision decision = SafetyGate.decide(spasm, Screening.SOMETHING_APPLIES);

        assertEquals(List.of(Kind.WITHOUT_INVERSION, List.of(SegmentKind.WALK, SegmentKind.HEAT),
                Optional.of("Inversion steps left out: you said that something on the inversion safety list"
                        + " applies to you.")), List.of(decision.kind(), kinds(decision), decision.why()));
    }

    @Test
    void somethingApplies_toARoutineOfNothingButInversion_runsNothing() {
        Decision decision = SafetyGate.decide(firstWeeks, Screening.SOMETHING_APPLIES);

        assertEquals(List.of(Kind.NOTHING_LEFT, Optional.empty(), Optional.of("Spasm care is all inversion, and you"
                + " said that something on the inversion safety list applies to you, so it does not run.")),
                List.of(decision.kind(), decision.timeline(), decision.why()));
    }
}
