package dev.hangtime.routines.format;

/**
 * One thing wrong with a routine file, told the way a compiler tells it:
 * {@code file:line:col: path: problem (what to do)}, or {@code file: problem} when it concerns the whole
 * file. {@link #toString()} gives that line.
 *
 * @param file the file as the user named it
 * @param line one-based line of the offending value; 0 for the whole file
 * @param column one-based column of the offending value; 0 for the whole file
 * @param path where in the routine, such as {@code steps[2].hold}; empty for the top level or the whole file
 * @param message what is wrong and what to do
 */
public record Problem(String file, int line, int column, String path, String message) {

    public Problem {
        if (line < 0 || column < 0 || (line == 0) != (column == 0)) {
            throw new IllegalArgumentException("line " + line + ", column " + column);
        }
    }

    /** A problem with the file as a whole, such as a file that is not JSON. */
    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    /** Whether the problem concerns the whole file rather than one place in it. */
    public boolean isWholeFile() {
        return line == 0;
    }

    @Override
    public String toString() {
        if (isWholeFile()) {
            return file + ": " + message;
        }
        String where = file + ":" + line + ":" + column + ": ";
        return path.isEmpty() ? where + message : where + path + ": " + message;
    }
}
