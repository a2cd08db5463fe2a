package dev.hangtime.desktop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.SegmentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;

/** A kind's colour as a style class, changed only when the kind changes: a change restyles the node. */
class KindStyleTest {

    @Test
    void theSameKindAgain_touchesNothing() {
        Rectangle node = new Rectangle();
        node.getStyleClass().add("ring");
        List<String> changes = new ArrayList<>();
        KindStyle.STROKE.apply(node, Optional.of(SegmentKind.INVERSION));
        node.getStyleClass().addListener((ListChangeListener<String>) change -> changes.add(change.toString()));
        KindStyle.STROKE.apply(node, Optional.of(SegmentKind.INVERSION));
        assertEquals(List.of(), changes);
        assertEquals(List.of("ring", "stroke-kind-inversion"), node.getStyleClass());
    }

    @Test
    void anotherKind_replacesTheColourAndNoneRemovesIt() {
        Rectangle node = new Rectangle();
        KindStyle.FILL.apply(node, Optional.of(SegmentKind.INVERSION));
        KindStyle.FILL.apply(node, Optional.of(SegmentKind.REST));
        assertEquals(List.of("fill-kind-rest"), node.getStyleClass());
        KindStyle.FILL.apply(node, Optional.empty());
        assertEquals(List.of(), node.getStyleClass());
    }
}
