package dev.hangtime.routines.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test files under {@code src/test/resources/dev/hangtime/routines/format}. */
final class Fixtures {

    private Fixtures() {
    }

    static Path folder(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(folder(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of each problem found in {@code result}, as the user sees them. */
    static java.util.List<String> lines(ReadResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }
}
