package dev.hangtime.tui.screen;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.TextColor.ANSI;
import dev.hangtime.core.routine.SegmentKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The styles of every part of the screens, in colour or in monochrome. Colour is never the only sign of
 * anything: every kind is also named in words and every state has a banner, so a monochrome screen says the
 * same.
 */
final class Palette {

    private static final Set<String> MONOCHROME_TERMS = Set.of("vt52", "vt100", "vt102", "vt220", "vt320",
            "xterm-mono");

    private final boolean colour;
    private final Map<SegmentKind, TextColor> kinds = new EnumMap<>(SegmentKind.class);

    private Palette(boolean colour) {
        this.colour = colour;
        kinds.put(SegmentKind.PREPARE, ANSI.YELLOW);
        kinds.put(SegmentKind.INVERSION, ANSI.MAGENTA_BRIGHT);
        kinds.put(SegmentKind.EXERCISE, ANSI.GREEN_BRIGHT);
        kinds.put(SegmentKind.RELAX, ANSI.CYAN);
        kinds.put(SegmentKind.REST, ANSI.BLUE_BRIGHT);
        kinds.put(SegmentKind.WALK, ANSI.YELLOW_BRIGHT);
        kinds.put(SegmentKind.HEAT, ANSI.RED_BRIGHT);
        kinds.put(SegmentKind.ICE, ANSI.CYAN_BRIGHT);
        kinds.put(SegmentKind.PROMPT, ANSI.WHITE_BRIGHT);
    }

    static Palette colour() {
        return new Palette(true);
    }

    static Palette monochrome() {
        return new Palette(false);
    }

    /** Colour unless {@code NO_COLOR} is set to something, or {@code TERM} names a monochrome terminal. */
    static Palette forEnvironment(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return monochrome();
        }
        String term = env.getOrDefault("TERM", "");
        boolean mono = MONOCHROME_TERMS.contains(term) || term.endsWith("-m") || term.endsWith("-mono");
        return mono ? monochrome() : colour();
    }

    boolean isColour() {
        return colour;
    }

    Style plain() {
        return Style.PLAIN;
    }

    Style strong() {
        return Style.PLAIN.with(SGR.BOLD);
    }

    /** Lines and secondary words, which should recede. */
    Style muted() {
        return colour ? Style.fg(ANSI.BLACK_BRIGHT) : Style.PLAIN;
    }

    /** Text and digits in the colour of a kind of step. */
    Style kind(SegmentKind kind) {
        return colour ? Style.fg(kinds.get(kind)).with(SGR.BOLD) : strong();
    }

    /** The name of a kind, set off as a label. */
    Style badge(SegmentKind kind) {
        return colour ? new Style(ANSI.BLACK, kinds.get(kind), Set.of(SGR.BOLD)) : strong().with(SGR.REVERSE);
    }

    /** A full-width line that says time stands still, or waits for the user, or has not started. */
    Style banner(Banner banner) {
        if (!colour) {
            return strong().with(SGR.REVERSE);
        }
        switch (banner) {
            case PAUSED:
                return new Style(ANSI.BLACK, ANSI.YELLOW_BRIGHT, Set.of(SGR.BOLD));
            case WAITING:
                return new Style(ANSI.BLACK, ANSI.CYAN_BRIGHT, Set.of(SGR.BOLD));
            case READY:
                return new Style(ANSI.BLACK, ANSI.GREEN_BRIGHT, Set.of(SGR.BOLD));
            case QUESTION:
                return new Style(ANSI.WHITE_BRIGHT, ANSI.RED, Set.of(SGR.BOLD));
            default:
                throw new AssertionError(banner);
        }
    }

    /** The digits in a step's last seconds. */
    Style alert() {
        return colour ? Style.fg(ANSI.YELLOW_BRIGHT).with(SGR.BOLD) : strong();
    }

    /** The digits while time stands still. */
    Style frozen() {
        return colour ? Style.fg(ANSI.WHITE) : Style.PLAIN;
    }

    Style selected() {
        return strong().with(SGR.REVERSE);
    }

    Style error() {
        return colour ? Style.fg(ANSI.RED_BRIGHT).with(SGR.BOLD) : strong();
    }

    Style warning() {
        return colour ? Style.fg(ANSI.YELLOW_BRIGHT) : Style.PLAIN;
    }

    /** The kinds of banner. */
    enum Banner { READY, PAUSED, WAITING, QUESTION }
}
