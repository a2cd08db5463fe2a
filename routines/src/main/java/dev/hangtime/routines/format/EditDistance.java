package dev.hangtime.routines.format;

import java.util.Collection;
import java.util.Optional;

/** Measures how far apart two names are, to find the one a user most likely meant for "did you mean" hints. */
public final class EditDistance {

    /** Beyond two edits a suggestion is more often confusing than helpful. */
    static final int MAX_SUGGESTION_DISTANCE = 2;

    /** Longer names are nothing anyone meant to type; skipping them bounds the work. */
    private static final int MAX_NAME = 100;

    private EditDistance() {
    }

    /**
     * The candidate closest to {@code typed}, if it is at most two edits away and the edits do not make up the
     * whole word (so that "x" does not suggest "id"). Ties go to the earlier candidate.
     */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        if (typed.length() > MAX_NAME) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = between(typed, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= MAX_SUGGESTION_DISTANCE && bestDistance < typed.length()
                ? Optional.of(best) : Optional.empty();
    }

    /**
     * The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours
     * each count one, so that "hodl" is one edit from "hold". Case is ignored, as a slip of the shift key is
     * still the same word.
     */
    public static int between(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        int[][] d = new int[x.length() + 1][y.length() + 1];
        for (int i = 0; i <= x.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length()][y.length()];
    }
}
