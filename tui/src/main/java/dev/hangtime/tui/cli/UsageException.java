package dev.hangtime.tui.cli;

/** A mistake in what the user typed: reported in one line with a pointer to --help, exit status 2. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String hint;

    /** A mistake whose fix is in the command's --help. */
    UsageException(String message) {
        this(message, null);
    }

    /** A mistake with its own hint of where to look instead of --help. */
    UsageException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** Where to look for how it is done; null for the command's --help. */
    String hint() {
        return hint;
    }
}
