package dev.hangtime.routines.journal;

import dev.hangtime.core.routine.Routine;
import dev.hangtime.routines.format.RoutineWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A fingerprint of a routine's content, to tell whether it changed between two sessions. */
public final class RoutineHash {

    private RoutineHash() {
    }

    /**
     * The SHA-256 of the routine's canonical file form ({@link RoutineWriter#write}) in UTF-8, as 64 lower-case
     * hex digits. The canonical form leaves out formatting and defaults, so only a change in what the routine
     * does changes the hash.
     */
    public static String of(Routine routine) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(RoutineWriter.write(routine).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every Java platform has SHA-256", e);
        }
    }
}
