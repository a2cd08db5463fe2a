package dev.hangtime.tui.cli;

/** A file name as one would type it in a shell command that a message suggests. */
final class ShellWord {

    private ShellWord() {
    }

    /** {@code word} as is when a shell reads it whole, otherwise in single quotes: {@code 'My Morning.json'}. */
    static String quote(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_./:@%+=,-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
