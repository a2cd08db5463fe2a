package dev.hangtime.routines.resume;

import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.text.DurationText;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.journal.CutOff;
import dev.hangtime.routines.journal.ResumePlan;
import java.time.Duration;

/** What {@code resume} says before it goes on. */
public final class ResumeText {

    private ResumeText() {
    }

    /** "Hang then ice was cut off 2 h 5 min ago in Ice (step 3 of 4), 1:00 into it." */
    public static String summary(CutOff cutOff) {
        var stop = cutOff.stop();
        String name = SafeText.line(cutOff.session().routine().name());
        String where = (stop.finished() ? "after " : "in ") + SafeText.line(stop.place().title()) + " (step "
                + (stop.place().step() + 1) + " of " + cutOff.session().steps() + ")";
        // The journal knows the time into a segment as of its last line, so it is a lower bound.
        String into = stop.finished() || stop.spent().toSeconds() == 0 ? "" : ", at least " + DurationText.of(stop.spent())
                + " into it";
        return name + " was cut off " + ago(cutOff.ago()) + " " + where + into + ".";
    }

    /** "Going on with Ice (step 3 of 4), 8:20 already done." */
    public static String goingOn(ResumePlan plan, Timeline timeline) {
        Segment segment = timeline.segments().get(plan.index());
        String already = plan.already().isZero() ? ", from its start" : ", " + DurationText.of(plan.already())
                + " of it already done";
        return "Going on with " + SafeText.line(segment.title()) + " (step " + (segment.step() + 1) + " of "
                + timeline.steps() + ")" + already + ".";
    }

    /** "Did the ice pack stay on while Hangtime was down?" */
    public static String packQuestion(SegmentKind kind) {
        return "Did the " + (kind == SegmentKind.ICE ? "ice pack" : "heat pad") + " stay on while Hangtime was down?";
    }

    /** "moments ago", "4 min ago", "2 h 5 min ago". */
    public static String ago(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 1) {
            return "moments ago";
        }
        return (minutes >= 60 ? minutes / 60 + " h " : "") + minutes % 60 + " min ago";
    }
}
