package dev.hangtime.core.cue;

/**
 * One note of a cue.
 *
 * @param hertz its pitch
 * @param startMillis when it begins, from the start of the cue
 * @param lengthMillis how long it sounds, release included
 * @param level its peak, 0–1
 * @param decayMillis time constant of its fall after the attack: short for a pip, long for a bell
 */
record Note(double hertz, int startMillis, int lengthMillis, double level, int decayMillis) {

    Note {
        if (hertz <= 0 || startMillis < 0 || lengthMillis <= 0 || level <= 0 || level > 1 || decayMillis <= 0) {
            throw new IllegalArgumentException("bad note " + hertz + " Hz at " + startMillis + " ms");
        }
    }

    int endMillis() {
        return startMillis + lengthMillis;
    }
}
