package dev.hangtime.routines.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found in one file so far; checks add to it and carry on, so that all are reported at once. */
final class Problems {

    static final int MAX_REPORTED = 100;

    private final String file;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** Adds a problem at {@code at}, concerning the value at {@code path}. */
    void add(Json.Position at, String path, String message) {
        found.add(new Problem(file, at.line(), at.column(), path, message));
    }

    void add(Json value, String path, String message) {
        add(value.at(), path, message);
    }

    void inFile(String message) {
        found.add(Problem.inFile(file, message));
    }

    /** How many so far; a check compares counts to learn whether it found anything. */
    int count() {
        return found.size();
    }

    /**
     * Whole-file problems first, then in the order they appear in the file. A generated file can hold
     * thousands of the same mistake; past {@value #MAX_REPORTED} the rest are counted, not listed.
     */
    List<Problem> sorted() {
        List<Problem> out = new ArrayList<>(found);
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        if (out.size() <= MAX_REPORTED) {
            return out;
        }
        int more = out.size() - MAX_REPORTED;
        List<Problem> first = new ArrayList<>(out.subList(0, MAX_REPORTED));
        first.add(Problem.inFile(file, "and " + more + " more " + (more == 1 ? "problem" : "problems")
                + " (fix these first)"));
        return first;
    }
}
