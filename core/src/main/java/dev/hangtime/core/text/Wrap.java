package dev.hangtime.core.text;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps safe text to a width in terminal columns, counting wide characters as two. */
public final class Wrap {

    public static final char ELLIPSIS = '…';

    private Wrap() {
    }

    /**
     * The lines of {@code text} (already made safe, line breaks as {@code '\n'}) at most {@code width} columns
     * wide; when there would be more than {@code maxLines}, the last one kept ends in an ellipsis.
     */
    public static List<String> lines(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (width <= 0 || maxLines <= 0) {
            return lines;
        }
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, width, lines);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, withEllipsis(kept.get(maxLines - 1), width));
            return kept;
        }
        return lines;
    }

    /** {@code text} cut to {@code width} columns, ending in an ellipsis when it was cut. */
    public static String fit(String text, int width) {
        if (width <= 0) {
            return "";
        }
        if (Columns.of(text) <= width) {
            return text;
        }
        return cut(text, width - 1) + ELLIPSIS;
    }

    private static void wrapParagraph(String paragraph, int width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        for (String word : paragraph.trim().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            int wordWidth = Columns.of(word);
            if (lineWidth > 0 && lineWidth + 1 + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += 1 + wordWidth;
                continue;
            }
            if (lineWidth > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            // A word longer than the line is broken where it must be.
            while (wordWidth > width) {
                String head = cut(word, width);
                lines.add(head);
                word = word.substring(head.length());
                wordWidth = Columns.of(word);
            }
            line.append(word);
            lineWidth = wordWidth;
        }
        lines.add(line.toString());
    }

    private static String withEllipsis(String line, int width) {
        String base = Columns.of(line) + 1 <= width ? line : cut(line, width - 1);
        return base + ELLIPSIS;
    }

    /** The longest start of {@code text} that fits in {@code width} columns. */
    private static String cut(String text, int width) {
        int columns = 0;
        int i = 0;
        while (i < text.length()) {
            int w = Columns.isWide(text.charAt(i)) ? 2 : 1;
            if (columns + w > width) {
                break;
            }
            columns += w;
            i++;
        }
        return text.substring(0, i);
    }
}
