package dev.hangtime.core.routine;

import java.util.List;
import java.util.Optional;

/**
 * A routine: a named list of steps with routine-wide cue settings.
 *
 * @param id slug that names the routine, unique within a library
 * @param name display name
 * @param summary one line shown in lists
 * @param tags slugs for filtering
 * @param cues routine-wide cue settings; steps may override them
 */
public record Routine(String id, String name, Optional<String> summary, List<String> tags, Cues cues,
        List<Step> steps) {

    public Routine {
        if (id.length() > Limits.MAX_ID || !Limits.isSlug(id)) {
            throw new IllegalArgumentException("id must be a slug of at most " + Limits.MAX_ID + " characters: " + id);
        }
        Limits.requireText("name", name, Limits.MAX_NAME, false);
        Limits.requireText("summary", summary, Limits.MAX_SUMMARY, false);
        tags = List.copyOf(tags);
        for (String tag : tags) {
            if (!Limits.isSlug(tag)) {
                throw new IllegalArgumentException("tag must be a slug: " + tag);
            }
        }
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a routine needs at least one step");
        }
    }

    /** This routine with the user's cue settings filling in what it leaves unsaid. */
    public Routine withCueDefaults(Cues defaults) {
        return new Routine(id, name, summary, tags, cues.over(defaults), steps);
    }
}
