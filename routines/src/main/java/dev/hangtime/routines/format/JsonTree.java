package dev.hangtime.routines.format;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses JSON text into a {@link Json} tree with Jackson's streaming parser. Nesting is bounded, so that a
 * file of ten thousand brackets is refused with a message instead of exhausting the stack.
 */
final class JsonTree {

    /** Far more than any routine needs: repeats nest at most 8 deep, two levels each. */
    static final int MAX_NESTING = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final String file;
    private final JsonParser parser;

    private JsonTree(String file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /**
     * Parses {@code text}, which must hold exactly one JSON value.
     *
     * @throws Refused with the one problem that stopped parsing
     */
    static Json parse(String file, String text) throws Refused {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonTree tree = new JsonTree(file, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw tree.syntax(new JsonSyntax("unexpected end of input", ""), parser.currentLocation());
            }
            Json root = tree.value(first, 1);
            if (parser.nextToken() != null) {
                throw tree.syntax(new JsonSyntax("more than one value", "a routine file holds one object"),
                        parser.currentTokenLocation());
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new Refused(Problem.inFile(file, "not valid JSON: a value is too large"));
        } catch (JacksonException e) {
            if (JsonSyntax.isWord(e) && atStart(text, e.getLocation())) {
                // A file that is no JSON at all may be one not meant to be read, such as /proc/self/environ: neither
                // its first word nor where that word ends is echoed.
                throw new Refused(Problem.inFile(file, "not valid JSON: it does not begin with { as a routine file"
                        + " does (is it a routine file?)"));
            }
            throw new Refused(Problem.inFile(file, JsonSyntax.of(e).message(e.getLocation().getLineNr(),
                    e.getLocation().getColumnNr())));
        } catch (IOException e) {
            // The text is already in memory, so no real I/O can fail; Jackson declares it regardless.
            throw new Refused(Problem.inFile(file, "not valid JSON: " + e.getMessage()));
        }
    }

    private Json value(JsonToken token, int depth) throws IOException, Refused {
        Json.Position at = position(parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT:
                return object(at, depth);
            case START_ARRAY:
                return array(at, depth);
            case VALUE_STRING:
                return new Json.Str(at, parser.getText());
            case VALUE_NUMBER_INT:
                return new Json.Num(at, parser.getText(), true);
            case VALUE_NUMBER_FLOAT:
                return new Json.Num(at, parser.getText(), false);
            case VALUE_TRUE:
                return new Json.Bool(at, true);
            case VALUE_FALSE:
                return new Json.Bool(at, false);
            case VALUE_NULL:
                return new Json.Null(at);
            default:
                throw new IllegalStateException("unexpected token " + token + " at " + at);
        }
    }

    private Json.Obj object(Json.Position at, int depth) throws IOException, Refused {
        guard(at, depth);
        List<Json.Member> members = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Json.Position nameAt = position(parser.currentTokenLocation());
            members.add(new Json.Member(name, nameAt, value(parser.nextToken(), depth + 1)));
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unexpected token " + token);
        }
        return new Json.Obj(at, members);
    }

    private Json.Arr array(Json.Position at, int depth) throws IOException, Refused {
        guard(at, depth);
        List<Json> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(token, depth + 1));
        }
        return new Json.Arr(at, items);
    }

    private void guard(Json.Position at, int depth) throws Refused {
        if (depth > MAX_NESTING) {
            throw new Refused(new Problem(file, at.line(), at.column(), "",
                    "nested more than " + MAX_NESTING + " levels deep (a routine needs far fewer; "
                            + "repeats nest at most 8 deep)"));
        }
    }

    private Refused syntax(JsonSyntax syntax, JsonLocation location) {
        return new Refused(Problem.inFile(file, syntax.message(location.getLineNr(), location.getColumnNr())));
    }

    /**
     * Whether {@code location} is within the file's first word: the file does not begin as JSON at all. Jackson
     * places an unexpected word's error after it.
     */
    private static boolean atStart(String text, JsonLocation location) {
        long offset = location.getCharOffset();
        if (offset < 0) {
            return false;
        }
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "{}[],:\"".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return offset <= i;
    }

    private static Json.Position position(JsonLocation location) {
        return new Json.Position(location.getLineNr(), location.getColumnNr());
    }
}
