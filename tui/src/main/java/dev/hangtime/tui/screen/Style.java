package dev.hangtime.tui.screen;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a run of text looks: colours and attributes.
 *
 * @param foreground text colour
 * @param background cell colour
 * @param attributes bold, reverse and the like
 */
record Style(TextColor foreground, TextColor background, Set<SGR> attributes) {

    static final Style PLAIN = new Style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, Set.of());

    Style {
        attributes = attributes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(attributes));
    }

    static Style fg(TextColor colour) {
        return new Style(colour, TextColor.ANSI.DEFAULT, Set.of());
    }

    Style on(TextColor colour) {
        return new Style(foreground, colour, attributes);
    }

    Style with(SGR attribute) {
        EnumSet<SGR> more = attributes.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(attributes);
        more.add(attribute);
        return new Style(foreground, background, more);
    }
}
