package dev.hangtime.core.control;

import java.util.ArrayList;
import java.util.List;

/** Pain scores as a session screen gives them: "before 3", "after 4", in order. */
public final class RecordingPain implements PainScores {

    public final List<String> told;
    private final boolean asksBefore;
    private final boolean written;

    /** Asks before the start; every score after reaches the disk. */
    public RecordingPain() {
        this(true, true);
    }

    /**
     * @param written what {@link #after} says: whether the score reached the disk
     */
    public RecordingPain(boolean asksBefore, boolean written) {
        this(new ArrayList<>(), asksBefore, written);
    }

    /** Writes what it is told into {@code told}, beside what else writes there. */
    public RecordingPain(List<String> told, boolean asksBefore, boolean written) {
        this.told = told;
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
