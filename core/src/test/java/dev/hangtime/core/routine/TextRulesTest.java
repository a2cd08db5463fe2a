package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The routine format's rule for text: within each field's length, and free of control characters so that
 * nothing a routine says reaches a terminal as an escape sequence; tabs and newlines only in a note.
 */
class TextRulesTest {

    /** A text field: its name, its longest length, and how to build something holding a given text in it. */
    private record Field(String name, int max, Function<String, Object> build, Function<Object, String> read) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Stream<Field> singleLine() {
        return Stream.of(
                new Field("name", 80, t -> new Routine("test", t, Optional.empty(), List.of(), Cues.INHERIT,
                        List.of(Fixtures.walk(60))), o -> ((Routine) o).name()),
                new Field("summary", 200, t -> new Routine("test", "Test", Optional.of(t), List.of(), Cues.INHERIT,
                        List.of(Fixtures.walk(60))), o -> ((Routine) o).summary().orElseThrow()),
                new Field("name", 80, t -> Exercise.timed(t, s(30), 1, s(0), Sides.ONE, StepStyle.NONE),
                        o -> ((Exercise) o).name()),
                new Field("label", 80, t -> StepStyle.NONE.withLabel(t), o -> ((StepStyle) o).label().orElseThrow()),
                new Field("text", 500, t -> new Prompt(t, Optional.empty(), StepStyle.NONE),
                        o -> ((Prompt) o).text()),
                new Field("pace", 40, t -> new Walk(s(60), Optional.of(t), StepStyle.NONE),
                        o -> ((Walk) o).pace().orElseThrow()),
                new Field("label", 80, t -> new Repeat(2, List.of(Fixtures.walk(60)), s(0), Optional.of(t)),
                        o -> ((Repeat) o).label().orElseThrow()));
    }

    private static Field note() {
        return new Field("note", 2000, t -> StepStyle.NONE.withNote(t), o -> ((StepStyle) o).note().orElseThrow());
    }

    private static Stream<Field> every() {
        return Stream.concat(singleLine(), Stream.of(note()));
    }

    /** C0 and C1 controls, DEL, and the escape that starts a terminal sequence; never allowed anywhere. */
    private static final List<String> CONTROLS = List.of("\u0000", "\u0007", "\r", "\u001b[2J", "\u001f", "\u007f",
            "\u0085", "\u009b", "\u009f");

    private static Stream<Arguments> everyWithControl() {
        return every().flatMap(f -> CONTROLS.stream().map(c -> Arguments.of(f, c)));
    }

    private static Stream<Arguments> singleLineWithTabOrNewline() {
        return singleLine().flatMap(f -> Stream.of("\t", "\n").map(c -> Arguments.of(f, c)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyWithControl")
    void controlCharacter_isRefusedInEveryField(Field field, String control) {
        // given text with a control character in the middle
        String text = "Breathe" + control + "out";

        // when it is built
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> field.build().apply(text));

        // then
        assertEquals(field.name() + " contains a control character", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("every")
    void halfACharacter_isRefusedInEveryField(Field field) {
        // given text with a lone high surrogate, which shows as "?" and cannot be written as UTF-8
        String text = "Breathe \ud83c out";

        // when it is built
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> field.build().apply(text));

        // then
        assertEquals(field.name() + " contains half of a character (a lone surrogate)", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleLine")
    void textThatShowsNothing_isRefusedOutsideANote(Field field) {
        // given spaces, an ideographic space, zero-width ones, a joiner and a variation selector
        String text = "  \u3000\u200b\u200d\u2060\ufe0f";

        // when it is built
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> field.build().apply(text));

        // then
        assertEquals(field.name() + " shows nothing: only spaces or invisible characters", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("every")
    void length_countsCharactersAsTheyAreSeen(Field field) {
        // given as many flags as the field allows: each is 4 UTF-16 units
        String flags = "\ud83c\uddeb\ud83c\uddf7".repeat(field.max());

        // when it is built, and again with one more
        Object built = field.build().apply(flags);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> field.build().apply(flags + "\ud83c\uddeb\ud83c\uddf7"));

        // then
        assertEquals(List.of(flags, field.name() + " must be 1–" + field.max() + " characters: " + (field.max() + 1)),
                List.of(field.read().apply(built), e.getMessage()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleLineWithTabOrNewline")
    void tabOrNewline_isRefusedOutsideANote(Field field, String whitespace) {
        // given single-line text with a tab or a newline
        String text = "Breathe" + whitespace + "out";

        // when it is built
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> field.build().apply(text));

        // then
        assertEquals(field.name() + " contains a control character", e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("tabsAndNewlines")
    void tabsAndNewlines_areKeptInANote(String text) {
        // given a note laid out with tabs and newlines

        // when it is built
        StepStyle style = StepStyle.NONE.withNote(text);

        // then
        assertEquals(Optional.of(text), style.note());
    }

    private static Stream<String> tabsAndNewlines() {
        return Stream.of("Knees bent.\nFeet flat.", "Steps:\n\t1. Breathe in\n\t2. Breathe out", "\n", "\t");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("every")
    void atItsLongest_isAccepted(Field field) {
        // given text exactly as long as the field allows
        String text = "a".repeat(field.max());

        // when it is built
        Object built = field.build().apply(text);

        // then
        assertEquals(text, field.read().apply(built));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("every")
    void oneCharacterTooLong_isRefused(Field field) {
        // given text one character over the limit
        String text = "a".repeat(field.max() + 1);

        // when it is built
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> field.build().apply(text));

        // then
        assertEquals(field.name() + " must be 1–" + field.max() + " characters: " + (field.max() + 1),
                e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("every")
    void empty_isRefused(Field field) {
        // given empty text

        // when it is built
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> field.build().apply(""));

        // then
        assertEquals(field.name() + " must be 1–" + field.max() + " characters: 0", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("every")
    void printableUnicode_isKept(Field field) {
        // given text with accents, a degree sign, an em dash and an ellipsis, none of them controls
        String text = "Décubitus 30° — doucement…";

        // when it is built
        Object built = field.build().apply(text);

        // then
        assertEquals(text, field.read().apply(built));
    }
}
