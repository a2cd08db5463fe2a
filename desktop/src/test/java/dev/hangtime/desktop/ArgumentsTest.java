package dev.hangtime.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.desktop.sound.SoundPath;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void nothing_opensTheLibraryWithTheLineFirst() {
        assertEquals(new Arguments(Optional.empty(), SoundPath.LINE, false), Arguments.parse(new String[0]));
    }

    @Test
    void aRoutineAndASoundPath() {
        assertEquals(new Arguments(Optional.of("core-basics"), SoundPath.CLIP, false),
                Arguments.parse(new String[] {"--sound", "clip", "core-basics"}));
        assertEquals(SoundPath.FLASH, Arguments.parse(new String[] {"--sound=flash"}).sound());
    }

    @Test
    void help() {
        assertTrue(Arguments.parse(new String[] {"x", "--help"}).help());
    }

    @Test
    void wrongArguments_sayWhatIsWrongInOneLine() {
        assertEquals("unknown option --speed",
                assertThrows(IllegalArgumentException.class, () -> Arguments.parse(new String[] {"--speed"}))
                        .getMessage());
        assertEquals("--sound must be line, clip or flash, not beep", assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse(new String[] {"--sound", "beep"})).getMessage());
        assertEquals("--sound needs a value: line, clip or flash", assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse(new String[] {"--sound"})).getMessage());
        assertEquals("one ROUTINE at most, not also b", assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse(new String[] {"a", "b"})).getMessage());
        assertEquals("unknown option -?[31m", assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse(new String[] {"-\u001b[31m"})).getMessage());
    }
}
