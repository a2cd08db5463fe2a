package dev.hangtime.desktop.view;

import dev.hangtime.desktop.model.RoutineDetail;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A routine's timeline as one horizontal bar: a segment of its kind's colour for each step, as wide as its share
 * of the whole, with the step's title, start and length in a tooltip.
 */
final class TimelineBar extends Region {

    /** Between two segments, so that two steps of one kind can be told apart. */
    private static final double GAP = 1;

    private List<RoutineDetail.Part> parts = List.of();

    TimelineBar() {
        getStyleClass().add("timeline-bar");
    }

    void show(List<RoutineDetail.Part> newParts) {
        parts = List.copyOf(newParts);
        getChildren().clear();
        for (RoutineDetail.Part part : parts) {
            Rectangle segment = new Rectangle();
            KindStyle.FILL.apply(segment, Optional.of(part.kind()));
            Tooltip.install(segment, new Tooltip(part.start() + "  " + part.length() + "  " + part.title()));
            getChildren().add(segment);
        }
        requestLayout();
    }

    /** The parts shown, for the tests. */
    List<RoutineDetail.Part> parts() {
        return parts;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        double x = snappedLeftInset();
        for (int i = 0; i < parts.size(); i++) {
            Rectangle segment = (Rectangle) getChildren().get(i);
            double w = parts.get(i).share() * width;
            segment.setX(x);
            segment.setY(snappedTopInset());
            segment.setWidth(Math.max(1, w - GAP));
            segment.setHeight(height);
            x += w;
        }
    }
}
