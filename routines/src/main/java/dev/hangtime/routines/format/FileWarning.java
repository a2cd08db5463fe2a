package dev.hangtime.routines.format;

/**
 * One of the routine format's warnings about a valid routine file, told as its problems are, at the step it
 * concerns: {@code file:line:col: warning: path: message}, or {@code file: warning: message} when it concerns the
 * routine as a whole. {@link #toString()} gives that line.
 *
 * @param file the file as the user named it
 * @param line one-based line of the step; 0 for the whole routine
 * @param column one-based column of the step; 0 for the whole routine
 * @param path the step's path, such as {@code steps[2]}; empty for the whole routine
 * @param message what deserves a second look, and what to do
 */
public record FileWarning(String file, int line, int column, String path, String message) {

    public FileWarning {
        if (line < 0 || column < 0 || (line == 0) != (column == 0)) {
            throw new IllegalArgumentException("line " + line + ", column " + column);
        }
    }

    @Override
    public String toString() {
        if (line == 0) {
            return file + ": warning: " + (path.isEmpty() ? "" : path + ": ") + message;
        }
        return file + ":" + line + ":" + column + ": warning: " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
