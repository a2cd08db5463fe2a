package dev.hangtime.core.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LimitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"facet-relief", "a", "0", "big-3", "a1-b2-c3"})
    void isSlug_lowerCaseGroupsJoinedBySingleHyphens_isTrue(String s) {
        // given a slug

        // when
        boolean slug = Limits.isSlug(s);

        // then
        assertEquals(true, slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Facet", "facet_relief", "facet relief", "-facet", "facet-", "facet--relief", "façet",
            "facet.json", "facet\n"})
    void isSlug_anythingElse_isFalse(String s) {
        // given text that is not a slug

        // when
        boolean slug = Limits.isSlug(s);

        // then
        assertEquals(false, slug);
    }

    private static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("Breathe out", false, -1),
                Arguments.of("Breathe\tout", false, 7),
                Arguments.of("Breathe\tout", true, -1),
                Arguments.of("Breathe\nout", false, 7),
                Arguments.of("Breathe\nout", true, -1),
                Arguments.of("Breathe\rout", true, 7),
                Arguments.of("\u001b[2J", true, 0),
                Arguments.of("ok\u007f", true, 2),
                Arguments.of("ok\u0085", true, 2),
                Arguments.of("ok\u009f", true, 2),
                // U+00A0, the no-break space just past the C1 block, is printable.
                Arguments.of("ok\u00a0ok", false, -1),
                Arguments.of("a\u0001b\u0002", false, 1));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void forbiddenCharacterIndex_pointsAtTheFirstControl(String text, boolean multiline, int expected) {
        // given text, possibly with a control character

        // when
        int index = Limits.forbiddenCharacterIndex(text, multiline);

        // then
        assertEquals(expected, index);
    }
}
