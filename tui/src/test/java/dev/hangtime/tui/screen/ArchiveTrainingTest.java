package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

class ArchiveTrainingTest {

    /** The launcher's training run must get through every screen without a terminal, or the archive is thin. */
    @Test
    void main_runsWithoutATerminal() {
        assertDoesNotThrow(() -> ArchiveTraining.main(new String[0]));
    }
}
