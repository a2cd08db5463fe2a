package dev.hangtime.routines.format;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's syntax errors into short plain phrases. Jackson's own messages name internal features
 * and codes ("enable JsonReadFeature..."), which mean nothing to someone who edited a routine by hand.
 *
 * @param what what is wrong, such as {@code unexpected character "}"}
 * @param hint what to do, or empty when the location says enough
 */
record JsonSyntax(String what, String hint) {

    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.+?)' \\(code.*");
    private static final Pattern CONTROL_CHAR = Pattern.compile(".*CTRL-CHAR, code (\\d+).*");
    private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'.*");
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.+?)'.*");

    /** The whole message, with the location between what is wrong and what to do. */
    String message(int line, int column) {
        return "not valid JSON: " + what + " at line " + line + ", column " + column
                + (hint.isEmpty() ? "" : " (" + hint + ")");
    }

    /** Whether {@code e} is about a word where a value should be, which the message would echo. */
    static boolean isWord(JacksonException e) {
        return TOKEN.matcher(firstLine(e.getOriginalMessage())).matches();
    }

    static JsonSyntax of(JacksonException e) {
        String message = firstLine(e.getOriginalMessage());
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return new JsonSyntax("unexpected end of input", "");
        }
        Matcher m = CONTROL_CHAR.matcher(message);
        if (m.matches()) {
            int c = Integer.parseInt(m.group(1));
            return new JsonSyntax("control character " + MessageText.codePoint(c) + " inside a string",
                    "remove it, or write it as the escape " + String.format("\\u%04x", c));
        }
        m = UNEXPECTED_CHAR.matcher(message);
        if (m.matches()) {
            return new JsonSyntax("unexpected character " + MessageText.quote(m.group(1)), hint(m.group(1), message));
        }
        m = TOKEN.matcher(message);
        if (m.matches()) {
            return new JsonSyntax("unexpected " + MessageText.quote(m.group(1)),
                    "text needs double quotes; numbers, true, false and null do not");
        }
        m = ESCAPE.matcher(message);
        if (m.matches()) {
            return new JsonSyntax("unknown escape \\" + MessageText.escape(m.group(1)) + " in a string",
                    "write a backslash as \\\\");
        }
        if (message.contains("Leading zeroes")) {
            return new JsonSyntax("a number starts with 0", "remove the leading zero");
        }
        return new JsonSyntax("unexpected input", "");
    }

    private static String hint(String c, String message) {
        boolean closing = c.equals("}") || c.equals("]");
        if (message.contains("comment")) {
            return "comments are not allowed in JSON";
        } else if (message.contains("double-quote to start field name")) {
            return closing ? "remove the comma before it" : "write field names in double quotes";
        } else if (message.contains("colon to separate")) {
            return "write a colon after the field name";
        } else if (message.contains("separate Object entries")) {
            return "write a comma between fields, or close the object with }";
        } else if (message.contains("separate Array entries")) {
            return "write a comma between entries, or close the list with ]";
        } else if (message.contains("expected a valid value")) {
            return closing ? "remove the comma before it" : "write a value: text in double quotes, a number, "
                    + "true, false, a list or an object";
        }
        return "";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
