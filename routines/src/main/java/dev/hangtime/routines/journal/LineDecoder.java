package dev.hangtime.routines.journal;

import static dev.hangtime.routines.journal.LineFields.Field.ACTIVE;
import static dev.hangtime.routines.journal.LineFields.Field.ADDED;
import static dev.hangtime.routines.journal.LineFields.Field.AFTER_SESSION;
import static dev.hangtime.routines.journal.LineFields.Field.ALREADY;
import static dev.hangtime.routines.journal.LineFields.Field.AWAY;
import static dev.hangtime.routines.journal.LineFields.Field.BYTES;
import static dev.hangtime.routines.journal.LineFields.Field.COMPLETED;
import static dev.hangtime.routines.journal.LineFields.Field.CREDIT;
import static dev.hangtime.routines.journal.LineFields.Field.CUT;
import static dev.hangtime.routines.journal.LineFields.Field.DOWN;
import static dev.hangtime.routines.journal.LineFields.Field.FILE;
import static dev.hangtime.routines.journal.LineFields.Field.HASH;
import static dev.hangtime.routines.journal.LineFields.Field.HOW;
import static dev.hangtime.routines.journal.LineFields.Field.ID;
import static dev.hangtime.routines.journal.LineFields.Field.INDEX;
import static dev.hangtime.routines.journal.LineFields.Field.LENGTH;
import static dev.hangtime.routines.journal.LineFields.Field.NAME;
import static dev.hangtime.routines.journal.LineFields.Field.NOTE;
import static dev.hangtime.routines.journal.LineFields.Field.PACK_STAYED_ON;
import static dev.hangtime.routines.journal.LineFields.Field.PAIN_BEFORE;
import static dev.hangtime.routines.journal.LineFields.Field.PLANNED;
import static dev.hangtime.routines.journal.LineFields.Field.ROUTINE;
import static dev.hangtime.routines.journal.LineFields.Field.SCORE;
import static dev.hangtime.routines.journal.LineFields.Field.SEGMENTS;
import static dev.hangtime.routines.journal.LineFields.Field.STEPS;
import static dev.hangtime.routines.journal.LineFields.Field.SESSION;
import static dev.hangtime.routines.journal.LineFields.Field.SPENT;
import static dev.hangtime.routines.journal.LineFields.Field.T;
import static dev.hangtime.routines.journal.LineFields.Field.TYPE;
import static dev.hangtime.routines.journal.LineFields.Field.ANSWER;
import static dev.hangtime.routines.journal.LineFields.Field.LIST;
import static dev.hangtime.routines.journal.LineFields.Field.PLAN;
import static dev.hangtime.routines.journal.LineFields.Field.V;
import static dev.hangtime.routines.journal.LineFields.Field.WALL;
import static dev.hangtime.routines.journal.LineFields.Field.ZONE;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.hangtime.routines.format.MessageText;
import dev.hangtime.routines.journal.JournalLine.Continued;
import dev.hangtime.routines.journal.JournalLine.Credit;
import dev.hangtime.routines.journal.JournalLine.Ended;
import dev.hangtime.routines.journal.JournalLine.Mark;
import dev.hangtime.routines.journal.JournalLine.Pain;
import dev.hangtime.routines.journal.JournalLine.Paused;
import dev.hangtime.routines.journal.JournalLine.PlanStarted;
import dev.hangtime.routines.journal.JournalLine.PlanStopped;
import dev.hangtime.routines.journal.JournalLine.Repaired;
import dev.hangtime.routines.journal.JournalLine.Resumed;
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import dev.hangtime.routines.journal.JournalLine.Safety;
import dev.hangtime.routines.journal.JournalLine.SegmentBegan;
import dev.hangtime.routines.journal.JournalLine.SegmentEnded;
import dev.hangtime.routines.journal.JournalLine.Started;
import dev.hangtime.routines.journal.JournalLine.TimeAdded;
import dev.hangtime.routines.journal.JournalLine.TimeAway;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Reads journal lines one after another with Jackson's streaming parser, straight into the line's record: no tree
 * of nodes, and no map of fields, per line. It keeps what lines share (time zones, routines, the session the last
 * line was of) so that a long journal holds one copy of each. One per read; not for two threads.
 */
final class LineDecoder {

    /**
     * The longest text a field may hold: a routine file's path, the longest text Hangtime writes, is at most 4,096
     * bytes on Linux. The parser refuses a longer one as it reads it, before holding it whole, so that a line of a
     * few huge names costs no more memory than a line of short ones.
     */
    static final int MAX_TEXT = 8192;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_TEXT).maxNameLength(64)
                    .maxNestingDepth(8).maxNumberLength(64).build())
            .build();

    private final LineFields fields = LineFields.forLines();
    private final Map<String, ZoneId> zones = new HashMap<>();
    private final Map<RoutineRef, RoutineRef> routines = new HashMap<>();
    private String lastSessionText;
    private UUID lastSession;

    /** The line {@code text} holds, read on its own. */
    static JournalLine decode(String text) throws Unreadable {
        return new LineDecoder().read(text);
    }

    /** The line {@code text} holds. */
    JournalLine read(String text) throws Unreadable {
        try (JsonParser json = FACTORY.createParser(text)) {
            return read(json);
        } catch (StreamConstraintsException e) {
            throw tooLarge();
        } catch (IOException e) {
            throw new Unreadable("not a complete JSON object");
        }
    }

    /** The line {@code bytes[offset, offset + length)} holds, in UTF-8. */
    JournalLine read(byte[] bytes, int offset, int length) throws Unreadable {
        try (JsonParser json = FACTORY.createParser(bytes, offset, length)) {
            return read(json);
        } catch (StreamConstraintsException e) {
            throw tooLarge();
        } catch (IOException e) {
            throw new Unreadable("not a complete JSON object");
        }
    }

    private static Unreadable tooLarge() {
        return new Unreadable("a value in it is larger than any Hangtime writes (text of more than "
                + String.format(Locale.ROOT, "%,d", MAX_TEXT) + " characters, a number of more than 64 digits or"
                + " objects nested more than 8 deep)");
    }

    private JournalLine read(JsonParser json) throws IOException, Unreadable {
        JsonToken first = json.nextToken();
        if (first != JsonToken.START_OBJECT) {
            // Read what there is to the end first: a broken value is said to be broken, a whole one not an object.
            json.skipChildren();
            throw new Unreadable("not a JSON object");
        }
        LineFields f = fields;
        f.parse(json);
        int version = f.integer(V);
        if (version > JournalLine.VERSION) {
            throw new Unreadable("written by a later version of Hangtime (format " + version + ")", true);
        }
        if (version < 1) {
            throw new Unreadable("format version " + version + " does not exist");
        }
        String type = f.text(TYPE);
        UUID session = session(f.text(SESSION));
        OffsetDateTime wall = f.wall(WALL);
        switch (type) {
            case Started.TYPE: {
                LineFields routine = f.object(ROUTINE);
                return new Started(session, wall, zone(f), routine(new RoutineRef(routine.text(ID),
                        routine.text(NAME), routine.text(HASH), routine.optionalText(FILE))),
                        f.integer(SEGMENTS), f.has(STEPS) ? f.integer(STEPS) : f.integer(SEGMENTS), f.seconds(PLANNED),
                        score(f.optionalInteger(PAIN_BEFORE), "painBefore"),
                        f.process(), f.planTag());
            }
            case SegmentBegan.TYPE:
                return new SegmentBegan(session, wall, f.seconds(T), f.place(),
                        f.isNull(LENGTH) ? Optional.empty() : Optional.of(f.seconds(LENGTH)));
            case SegmentEnded.TYPE:
                return new SegmentEnded(session, wall, f.seconds(T), f.place(), f.bool(COMPLETED), f.seconds(SPENT),
                        f.optionalBool(CUT).orElse(false));
            case Paused.TYPE:
                return new Paused(session, wall, f.seconds(T), f.integer(INDEX), f.seconds(SPENT));
            case Resumed.TYPE:
                return new Resumed(session, wall, f.seconds(T), f.integer(INDEX), f.seconds(SPENT));
            case Mark.TYPE:
                return new Mark(session, wall, f.seconds(T), f.integer(INDEX), f.seconds(SPENT));
            case TimeAdded.TYPE:
                return new TimeAdded(session, wall, f.seconds(T), f.integer(INDEX), f.seconds(ADDED),
                        f.seconds(LENGTH));
            case TimeAway.TYPE:
                return new TimeAway(session, wall, f.seconds(T), f.integer(INDEX), f.seconds(AWAY), f.seconds(SPENT));
            case Ended.TYPE: {
                String how = f.text(HOW);
                return new Ended(session, wall, zone(f), f.seconds(T), Ending.ofWord(how).orElseThrow(
                        () -> new Unreadable("\"how\" is " + MessageText.quote(how)
                                + ", not one of completed, stopped, interrupted")),
                        f.seconds(ACTIVE));
            }
            case Continued.TYPE: {
                Optional<Credit> credit = Optional.empty();
                if (f.has(CREDIT)) {
                    LineFields c = f.object(CREDIT);
                    credit = Optional.of(new Credit(c.place(), c.seconds(SPENT), c.bool(COMPLETED)));
                }
                return new Continued(session, wall, zone(f), f.integer(INDEX), f.seconds(ALREADY), f.seconds(DOWN),
                        f.optionalBool(PACK_STAYED_ON), credit, f.process());
            }
            case Pain.TYPE:
                try {
                    return new Pain(session, wall, zone(f), f.bool(AFTER_SESSION), score(f.optionalInteger(SCORE),
                            "score"), f.optionalText(NOTE));
                } catch (IllegalArgumentException e) {
                    throw new Unreadable(e.getMessage());
                }
            case Repaired.TYPE:
                return new Repaired(session, wall, f.integer(BYTES));
            case Safety.TYPE: {
                String answer = f.text(ANSWER);
                if (!List.of(Safety.NONE_APPLIES, Safety.SOMETHING_APPLIES, Safety.FORGOTTEN).contains(answer)) {
                    throw new Unreadable("\"answer\" is " + MessageText.quote(answer) + ", not one of "
                            + Safety.NONE_APPLIES + ", " + Safety.SOMETHING_APPLIES + ", " + Safety.FORGOTTEN);
                }
                return new Safety(session, wall, zone(f), f.integer(LIST), answer);
            }
            case PlanStarted.TYPE:
                return new PlanStarted(session, wall, zone(f), f.text(PLAN));
            case PlanStopped.TYPE:
                return new PlanStopped(session, wall, zone(f), f.text(PLAN));
            default:
                // What a line says is only ever echoed escaped: a journal can be anyone's file.
                throw new Unreadable("unknown type " + MessageText.quote(type));
        }
    }

    /** A pain score as the line gives it; one outside 0–10 would reach the stats as it is, so the line is broken. */
    private static OptionalInt score(OptionalInt score, String field) throws Unreadable {
        if (score.isPresent() && (score.getAsInt() < 0 || score.getAsInt() > 10)) {
            throw new Unreadable("\"" + field + "\" is " + score.getAsInt() + ", not a pain score from 0 to 10");
        }
        return score;
    }

    /** Lines of a session come one after another: the one before is most often of the same. */
    private UUID session(String text) throws Unreadable {
        if (!text.equals(lastSessionText)) {
            try {
                lastSession = UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                throw new Unreadable("\"session\" is not a UUID");
            }
            lastSessionText = text;
        }
        return lastSession;
    }

    private ZoneId zone(LineFields f) throws Unreadable {
        String id = f.text(ZONE);
        ZoneId zone = zones.get(id);
        if (zone == null) {
            try {
                zone = ZoneId.of(id);
            } catch (DateTimeException e) {
                throw new Unreadable("\"zone\" is not a time zone");
            }
            zones.put(id, zone);
        }
        return zone;
    }

    private RoutineRef routine(RoutineRef routine) {
        RoutineRef known = routines.putIfAbsent(routine, routine);
        return known == null ? routine : known;
    }
}
