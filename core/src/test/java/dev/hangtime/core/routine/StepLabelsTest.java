package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The label a step gets when its file gives none. */
class StepLabelsTest {

    private static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of(Fixtures.inversion(30, 60), "Inversion 30°"),
                Arguments.of(Fixtures.inversion(0, 60), "Inversion 0°"),
                Arguments.of(Fixtures.timed("Bird-dog", 30, 1, 0, Sides.BOTH), "Bird-dog"),
                Arguments.of(Fixtures.rest(30), "Rest"),
                Arguments.of(Fixtures.walk(600), "Walk"),
                Arguments.of(new Walk(s(600), Optional.of("easy"), StepStyle.NONE), "Walk (easy)"),
                Arguments.of(new Heat(s(600), Optional.empty(), StepStyle.NONE), "Heat"),
                Arguments.of(new Ice(s(600), Optional.empty(), StepStyle.NONE), "Ice"),
                Arguments.of(new Prompt("Lie on your back.", Optional.empty(), StepStyle.NONE), "Lie on your back."),
                Arguments.of(Fixtures.repeat(2, 0, Fixtures.walk(60)), "Repeat"));
    }

    @ParameterizedTest
    @MethodSource("steps")
    void derive_namesTheStepByWhatItIs(Step step, String expected) {
        // given a step without a label

        // when
        String label = StepLabels.derive(step);

        // then
        assertEquals(expected, label);
    }

    @Test
    void shorten_sixtyCharacters_isKeptWhole() {
        // given text exactly as long as a label may be
        String text = "a".repeat(60);

        // when
        String label = StepLabels.shorten(text);

        // then
        assertEquals(text, label);
    }

    @Test
    void shorten_longText_cutsAtTheLastWordThatFitsAndAddsAnEllipsis() {
        // given 85 characters; the last space within the first 60 is at index 59, after "slowly"
        String text = "Lie face down with a pillow under your hips, breathe slowly and let your back settle.";

        // when
        String label = StepLabels.shorten(text);

        // then 59 characters and the ellipsis
        assertEquals("Lie face down with a pillow under your hips, breathe slowly…", label);
    }

    @Test
    void shorten_noSpaceInTheSecondHalf_cutsMidWordAt59() {
        // given "Breathe " and 60 x's: the only space is at index 7, too early to cut at
        String text = "Breathe " + "x".repeat(60);

        // when
        String label = StepLabels.shorten(text);

        // then the first 59 characters ("Breathe " and 51 x's) and the ellipsis
        assertEquals("Breathe " + "x".repeat(51) + "…", label);
    }

    @Test
    void shorten_spacesBeforeTheCut_areNotKeptBeforeTheEllipsis() {
        // given two spaces at indices 58 and 59, with more text after
        String text = "a".repeat(40) + " " + "b".repeat(17) + "  " + "c".repeat(10);

        // when
        String label = StepLabels.shorten(text);

        // then the cut at index 59 leaves a trailing space at 58, which is stripped
        assertEquals("a".repeat(40) + " " + "b".repeat(17) + "…", label);
    }

    @Test
    void shorten_cutThroughASurrogatePair_keepsTheWholeCharacterOut() {
        // given 58 letters, an emoji (two UTF-16 units at indices 58 and 59) and more letters, no spaces
        String text = "a".repeat(58) + "\uD83D\uDE00" + "b".repeat(10);

        // when
        String label = StepLabels.shorten(text);

        // then the emoji is left out whole rather than cut in half
        assertEquals("a".repeat(58) + "…", label);
    }

    @Test
    void derive_longPrompt_isShortenedForTheLabel() {
        // given
        Prompt prompt = new Prompt("Lie face down with a pillow under your hips, breathe slowly and let your back "
                + "settle.", Optional.empty(), StepStyle.NONE);

        // when
        List<Segment> segments = Fixtures.expand(prompt);

        // then the label is short; the note keeps the whole text
        assertEquals(List.of("Lie face down with a pillow under your hips, breathe slowly…",
                        "Lie face down with a pillow under your hips, breathe slowly and let your back settle."),
                List.of(segments.get(0).label(), segments.get(0).note().orElseThrow()));
    }
}
