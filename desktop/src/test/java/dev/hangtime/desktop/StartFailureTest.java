package dev.hangtime.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The failures JavaFX reports when the window cannot open, as the user should read them. */
class StartFailureTest {

    @Test
    void noGtk_namesThePackageToInstall() {
        Optional<String> line = StartFailure.describe(new RuntimeException("Application launch error",
                new UnsupportedOperationException("Unable to load glass GTK library.")));
        assertEquals(Optional.of(StartFailure.NO_GTK), line);
        assertEquals(true, line.get().contains("libgtk-3-0"));
    }

    @Test
    void noDisplay() {
        assertEquals(Optional.of(StartFailure.NO_DISPLAY),
                StartFailure.describe(new UnsupportedOperationException("Unable to open DISPLAY")));
    }

    @Test
    void anythingElse_isAFaultThatKeepsItsStackTrace() {
        assertEquals(Optional.empty(), StartFailure.describe(new IllegalStateException("Toolkit already initialized")));
    }
}
