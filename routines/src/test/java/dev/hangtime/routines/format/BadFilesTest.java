package dev.hangtime.routines.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One file per rule of the routine format under {@code bad/}, each with the exact lines the user is told in a
 * sibling {@code .expected} file.
 */
class BadFilesTest {

    static Stream<String> badFiles() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.folder("bad"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFile_isReportedExactlyAsExpected(String name) throws IOException {
        // given
        Path folder = Fixtures.folder("bad");
        byte[] content = Files.readAllBytes(folder.resolve(name));
        List<String> expected = Files.readAllLines(folder.resolve(name.replace(".json", ".expected")),
                StandardCharsets.UTF_8);

        // when
        ReadResult result = RoutineReader.read(name, content);

        // then
        assertEquals(expected, Fixtures.lines(result));
    }
}
