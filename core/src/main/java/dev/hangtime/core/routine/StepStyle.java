package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.Optional;

/**
 * What every step but {@code repeat} may carry besides its own fields: a display label, a longer note,
 * a "get ready" lead-in and cue overrides.
 *
 * @param label short display text; empty means a label is derived from the step
 * @param note instruction shown while the step runs
 * @param prepare length of the "get ready" lead-in; zero for none
 * @param cues overrides of the routine's cue settings
 */
public record StepStyle(Optional<String> label, Optional<String> note, Duration prepare, Cues cues) {

    /** No label, no note, no lead-in, cues inherited. */
    public static final StepStyle NONE = new StepStyle(Optional.empty(), Optional.empty(), Duration.ZERO, Cues.INHERIT);

    public StepStyle {
        Limits.requireText("label", label, Limits.MAX_LABEL, false);
        Limits.requireText("note", note, Limits.MAX_NOTE, true);
        Limits.requireDuration("prepare", prepare, true);
    }

    public StepStyle withLabel(String newLabel) {
        return new StepStyle(Optional.of(newLabel), note, prepare, cues);
    }

    public StepStyle withNote(String newNote) {
        return new StepStyle(label, Optional.of(newNote), prepare, cues);
    }

    public StepStyle withPrepare(Duration newPrepare) {
        return new StepStyle(label, note, newPrepare, cues);
    }

    public StepStyle withCues(Cues newCues) {
        return new StepStyle(label, note, prepare, newCues);
    }
}
