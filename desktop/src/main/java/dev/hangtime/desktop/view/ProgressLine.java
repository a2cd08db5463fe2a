package dev.hangtime.desktop.view;

import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/** A flat progress bar: a track, and a fill as long as the fraction done. Not a control, so it never takes focus. */
final class ProgressLine extends Region {

    private final Rectangle track = new Rectangle();
    private final Rectangle fill = new Rectangle();
    private double done;

    ProgressLine(double height) {
        track.getStyleClass().add("bar-track");
        getChildren().addAll(track, fill);
        setMinHeight(height);
        setPrefHeight(height);
        setMaxHeight(height);
        setMouseTransparent(true);
    }

    /** The fill's own style classes, for its colour. */
    Rectangle fill() {
        return fill;
    }

    void show(double fraction) {
        done = Math.max(0, Math.min(1, fraction));
        // Only the fill changes: no layout pass for the window, which a request would start each second.
        fill.setWidth(getWidth() * done);
    }

    double done() {
        return done;
    }

    @Override
    protected void layoutChildren() {
        track.setWidth(getWidth());
        track.setHeight(getHeight());
        fill.setWidth(getWidth() * done);
        fill.setHeight(getHeight());
    }
}
