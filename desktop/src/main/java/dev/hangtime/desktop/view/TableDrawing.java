package dev.hangtime.desktop.view;

import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.transform.Rotate;

/**
 * A small side view of an inversion table at the step's angle: the stand, and the bed tipped head down about
 * its pivot by that many degrees from level, with the user's head at its low end.
 */
final class TableDrawing extends VBox {

    static final double BED = 120;
    /** Big enough to make out the angle from the table itself. */
    private static final double SCALE = 1.6;
    private static final double PIVOT_HEIGHT = 60;

    private final Rotate tilt = new Rotate(0, 0, 0);
    private final Label caption = new Label();

    TableDrawing() {
        Line leftLeg = new Line(0, 0, -45, PIVOT_HEIGHT);
        Line rightLeg = new Line(0, 0, 45, PIVOT_HEIGHT);
        Line floor = new Line(-60, PIVOT_HEIGHT, 60, PIVOT_HEIGHT);
        Line bed = new Line(-BED / 2, 0, BED / 2, 0);
        // The head end, tipped down as the angle grows (a positive angle turns the right end down on screen).
        Circle head = new Circle(BED / 2 - 6, -9, 7);
        Group tipped = new Group(bed, head);
        tipped.getTransforms().add(tilt);
        for (javafx.scene.shape.Shape shape : new javafx.scene.shape.Shape[] {leftLeg, rightLeg, floor, bed, head}) {
            shape.getStyleClass().add("table-drawing");
            shape.setStrokeWidth(shape == bed ? 6 : 3);
        }
        head.setStyle("-fx-fill: transparent;");
        Group drawing = new Group(leftLeg, rightLeg, floor, tipped);
        drawing.setScaleX(SCALE);
        drawing.setScaleY(SCALE);
        getChildren().addAll(new Group(drawing), caption);
        setSpacing(6);
        setAlignment(javafx.geometry.Pos.CENTER);
        setMouseTransparent(true);
        caption.getStyleClass().add("details");
    }

    /** Tips the bed to {@code degrees} from level. */
    void show(int degrees) {
        tilt.setAngle(degrees);
        caption.setText(degrees + "°");
    }

    /** The angle drawn. */
    double angle() {
        return tilt.getAngle();
    }
}
