package dev.hangtime.tui.screen;

import java.util.ArrayList;
import java.util.List;

/** A sound switch that remembers what it was told. */
final class RecordingSound implements SoundSwitch {

    final List<Boolean> switched = new ArrayList<>();
    private boolean on;
    Runnable failureListener;

    RecordingSound(boolean on) {
        this.on = on;
    }

    @Override
    public boolean isOn() {
        return on;
    }

    @Override
    public void setOn(boolean on) {
        this.on = on;
        switched.add(on);
    }

    @Override
    public void onFailure(Runnable listener) {
        failureListener = listener;
    }
}
