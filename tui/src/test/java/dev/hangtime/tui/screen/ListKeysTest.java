package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ListKeysTest {

    @Test
    void target_linesAndEnds() {
        List<OptionalInt> expected = List.of(OptionalInt.of(4), OptionalInt.of(6), OptionalInt.of(0),
                OptionalInt.of(Integer.MAX_VALUE));
        assertEquals(expected, List.of(ListKeys.target(KeyType.ArrowUp, 5, 10),
                ListKeys.target(KeyType.ArrowDown, 5, 10), ListKeys.target(KeyType.Home, 5, 10),
                ListKeys.target(KeyType.End, 5, 10)));
    }

    @Test
    void target_aPageIsOneLineLessThanShows() {
        assertEquals(List.of(OptionalInt.of(14), OptionalInt.of(-4)),
                List.of(ListKeys.target(KeyType.PageDown, 5, 10), ListKeys.target(KeyType.PageUp, 5, 10)));
    }

    @Test
    void target_aPageOfOneRowOrNone_stillMovesALine() {
        assertEquals(List.of(OptionalInt.of(6), OptionalInt.of(6)),
                List.of(ListKeys.target(KeyType.PageDown, 5, 1), ListKeys.target(KeyType.PageDown, 5, 0)));
    }

    @Test
    void target_anotherKey_isEmpty() {
        assertEquals(List.of(OptionalInt.empty(), OptionalInt.empty()),
                List.of(ListKeys.target(KeyType.Enter, 5, 10), ListKeys.target(KeyType.Character, 5, 10)));
    }
}
