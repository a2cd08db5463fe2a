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

    /**
     * Gives {@code node} the colour of {@code kind}, in place of any kind's colour it had; none for empty. A node
     * that has it already is left alone: a change of style class makes JavaFX style the node anew, which the
     * session screen must not pay for every second.
     */
    void apply(Node node, Optional<SegmentKind> kind) {
        List<String> classes = node.getStyleClass();
        Optional<String> wanted = kind.map(this::of);
        List<String> had = classes.stream().filter(c -> c.startsWith(prefix)).toList();
        if (had.equals(wanted.map(List::of).orElse(List.of()))) {
            return;
        }
        classes.removeAll(had);
        wanted.ifPresent(classes::add);
    }
}
