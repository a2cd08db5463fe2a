package dev.hangtime.routines.format;

/** Thrown when a file cannot be read any further; it carries the one problem that says why. */
final class Refused extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    Refused(Problem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
