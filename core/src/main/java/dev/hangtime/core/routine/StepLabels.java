package dev.hangtime.core.routine;

/** Labels for steps whose file gives none. */
final class StepLabels {

    private static final int PROMPT_LABEL_LENGTH = 60;

    private StepLabels() {
    }

    static String derive(Step step) {
        if (step instanceof Inversion) {
            return "Inversion " + ((Inversion) step).angle() + "°";
        } else if (step instanceof Exercise) {
            return ((Exercise) step).name();
        } else if (step instanceof Rest) {
            return "Rest";
        } else if (step instanceof Walk) {
            return ((Walk) step).pace().map(p -> "Walk (" + p + ")").orElse("Walk");
        } else if (step instanceof Heat) {
            return "Heat";
        } else if (step instanceof Ice) {
            return "Ice";
        } else if (step instanceof Prompt) {
            return shorten(((Prompt) step).text());
        } else if (step instanceof Repeat) {
            return "Repeat";
        }
        throw new AssertionError(step);
    }

    /** The text cut at a word boundary to fit a label, with an ellipsis when cut. */
    static String shorten(String text) {
        if (text.length() <= PROMPT_LABEL_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', PROMPT_LABEL_LENGTH - 1);
        int end = cut > PROMPT_LABEL_LENGTH / 2 ? cut : PROMPT_LABEL_LENGTH - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split an emoji or other character outside the BMP into a lone half
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
