package dev.hangtime.tui.screen;

import dev.hangtime.core.control.PainScores;
import java.util.ArrayList;
import java.util.List;

/** Pain scores as the screen gives them: "before 3", "after 4", in order. */
final class RecordingPain implements PainScores {

    final List<String> told = new ArrayList<>();
    private final boolean asksBefore;
    private final boolean written;

    /** Asks before the start; every score after reaches the disk. */
    RecordingPain() {
        this(true, true);
    }

    /**
     * @param written what {@link #after} says: whether the score reached the disk
     */
    RecordingPain(boolean asksBefore, boolean written) {
        this.asksBefore = asksBefore;
        this.written = written;
    }

    @Override
    public boolean asksBefore() {
        return asksBefore;
    }

    @Override
    public void before(int score) {
        told.add("before " + score);
    }

    @Override
    public boolean after(int score) {
        told.add("after " + score);
        return written;
    }
}
