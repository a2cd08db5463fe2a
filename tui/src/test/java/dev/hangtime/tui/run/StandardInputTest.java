package dev.hangtime.tui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StandardInputTest {

    private static final Path JAVA_HOME = Path.of("/usr/lib/jvm/java-17");
    private static final List<Path> CLASS_PATH = List.of(Path.of("/opt/hangtime/hangtime.jar"));

    private static boolean given(String target) {
        return StandardInput.isGiven(Optional.ofNullable(target).map(Path::of), JAVA_HOME, CLASS_PATH);
    }

    @Test
    void whatTheUserGives_isGiven_andTheJvmsOwnFilesAreNot() {
        List<Boolean> given = Stream.of("pipe:[396778]", "/dev/null", "/dev/pts/3", "/home/me/commands.txt",
                "/usr/lib/jvm/java-17/lib/modules", "/opt/hangtime/hangtime.jar", "/opt/hangtime/hangtime.jsa", null)
                .map(StandardInputTest::given).collect(Collectors.toList());

        assertEquals(List.of(true, true, true, true, false, false, false, false), given);
    }
}
