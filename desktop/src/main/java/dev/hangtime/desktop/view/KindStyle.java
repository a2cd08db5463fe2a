package dev.hangtime.desktop.view;

import dev.hangtime.core.routine.SegmentKind;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;

/** The style classes that give a node the colour of a kind of step, as text, badge, stroke or fill. */
enum KindStyle {
    TEXT("text-kind-"), BADGE("badge-kind-"), STROKE("stroke-kind-"), FILL("fill-kind-");

    private final String prefix;

    KindStyle(String prefix) {
        this.prefix = prefix;
    }

    /** The class for {@code kind}: "text-kind-inversion". */
    String of(SegmentKind kind) {
        return prefix + kind.word();
    }

    /** Gives {@code node} the colour of {@code kind}, in place of any kind's colour it had; none for empty. */
    void apply(Node node, Optional<SegmentKind> kind) {
        List<String> classes = node.getStyleClass();
        classes.removeIf(c -> c.startsWith(prefix));
        kind.ifPresent(k -> classes.add(of(k)));
    }
}
