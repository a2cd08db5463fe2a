package dev.hangtime.routines.journal;

import java.nio.file.Path;

/** Reads a journal folder and says what it holds, for tests that read in a JVM of their own. */
public final class ReadMain {

    private ReadMain() {
    }

    public static void main(String[] args) {
        History history = History.read(Path.of(args[0]));
        long completed = history.sessions().stream().filter(s -> s.ending() == Ending.COMPLETED).count();
        System.out.println(history.sessions().size() + " sessions, " + completed + " completed, "
                + history.problems().size() + " problems");
    }
}
