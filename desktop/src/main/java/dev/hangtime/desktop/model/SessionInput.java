package dev.hangtime.desktop.model;

import dev.hangtime.core.control.Command;
import dev.hangtime.core.control.Key;

/** What the session window hands on: keys, buttons, the answer to the stop question and its close button. */
public interface SessionInput {

    void key(Key key);

    void command(Command command);

    /** The stop question's buttons: yes stops, no carries on. */
    void answerStop(boolean yes);

    /** The window's close button: leaves at once, or asks first during a session. */
    void requestClose();
}
