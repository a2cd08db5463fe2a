package dev.hangtime.desktop.view;

import dev.hangtime.core.routine.SegmentKind;
import java.util.Optional;
import javafx.scene.layout.Region;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;

/** A ring that empties clockwise from the top as the step runs, in the step's colour, over a grey track. */
final class Ring extends Region {

    /** The ring's thickness, as a share of its radius. */
    private static final double THICKNESS = 0.07;

    private final Circle track = new Circle();
    private final Arc arc = new Arc();
    private double left = 1.0;

    Ring() {
        track.getStyleClass().add("ring-track");
        arc.getStyleClass().add("ring");
        arc.setType(ArcType.OPEN);
        arc.setStartAngle(90);
        getChildren().addAll(track, arc);
        setMouseTransparent(true);
    }

    /** Shows {@code fraction} of the step left, 1 to 0, in the colour of {@code kind}. */
    void show(double fraction, Optional<SegmentKind> kind) {
        left = Math.max(0, Math.min(1, fraction));
        arc.setLength(360 * left);
        KindStyle.STROKE.apply(arc, kind);
    }

    /** What is left, as shown. */
    double left() {
        return left;
    }

    @Override
    protected void layoutChildren() {
        double size = Math.min(getWidth(), getHeight());
        double stroke = Math.max(4, size / 2 * THICKNESS);
        double radius = Math.max(0, size / 2 - stroke);
        double cx = getWidth() / 2;
        double cy = getHeight() / 2;
        for (javafx.scene.shape.Shape shape : new javafx.scene.shape.Shape[] {track, arc}) {
            shape.setStrokeWidth(stroke);
        }
        track.setCenterX(cx);
        track.setCenterY(cy);
        track.setRadius(radius);
        arc.setCenterX(cx);
        arc.setCenterY(cy);
        arc.setRadiusX(radius);
        arc.setRadiusY(radius);
    }
}
