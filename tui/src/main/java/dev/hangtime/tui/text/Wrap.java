package dev.hangtime.tui.text;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for text shown in a terminal. */
public final class Wrap {

    private Wrap() {
    }

    /**
     * {@code text} broken into lines of at most {@code width} characters at spaces; a word longer than a
     * line is cut. Blank text gives no lines.
     */
    public static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (word.length() > width) {
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
