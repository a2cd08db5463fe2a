package dev.hangtime.routines.fuzz;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * What an adversary puts in a file, drawn from a seeded {@link Random} so that a failing case can be made again:
 * texts that drive terminals or hide themselves, numbers past every range, structures that nest or repeat without
 * end, and byte-level damage (cut, flipped, doubled, not UTF-8). Shared by the fuzz tests of routine files and of
 * journal lines.
 */
public final class Hostile {

    /** Texts meant to reach a terminal, hide, reorder, or not be text at all. JSON-escaped where they need it. */
    private static final List<String> TEXTS = List.of(
            "\\u001b[2J", "\\u001b]52;c;aGk=\\u0007", "\\u001b]0;title\\u0007", "\\u0007", "\\u009b31m", "\u202e",
            "\u2066", "\u2028", "\u200b", "\u200b\u200d\u2060", "\ufeff", "\\ud800", "\\udc00x", "\\u0000",
            "\u3164", "   ", "\\t\\n", "\\r", "🏃‍♀️", "🇫🇷", "e\u0301\u0301\u0301", "\\\\", "\\\"", "'; rm -rf /",
            "%s%n", "${HOME}", "\u00ad", "\u0085", "\u061c", "\u200f", "𝕳𝖆𝖓𝖌");

    /** Numbers past every range a field has, and numbers JSON can spell but Java would rather not. */
    private static final List<String> NUMBERS = List.of(
            "-1", "0", "1", "999", "1000", "1001", "14400", "14401", "86401", "2147483648", "-2147483649",
            "9223372036854775808", "1e400", "-1e400", "1.5", "0.0001", "1e-7", "12345678901234567890123456789",
            "0.1e1", "-0", "1E3");

    private static final List<String> VALUES = List.of("null", "true", "false", "[]", "{}", "\"\"", "[[[[]]]]",
            "{\"a\":{\"b\":{\"c\":1}}}", "\"1x\"", "\"90s\"", "\"1h5m\"", "\"4h1s\"", "\"0s\"");

    private final Random random;

    public Hostile(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A JSON string's content: hostile text, or now and then a lot of it. */
    public String text() {
        StringBuilder out = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            out.append(chance(50) ? pick(TEXTS) : "Walk");
        }
        if (chance(5)) {
            out.append("x".repeat(random.nextInt(120_000)));
        } else if (chance(10)) {
            out.append(pick(TEXTS).repeat(1 + random.nextInt(200)));
        }
        return out.toString();
    }

    /** Any JSON value, as text. */
    public String value() {
        int kind = random.nextInt(4);
        if (kind == 0) {
            return "\"" + text() + "\"";
        } else if (kind == 1) {
            return pick(NUMBERS);
        } else if (kind == 2) {
            return pick(VALUES);
        }
        return chance(20) ? "[".repeat(1 + random.nextInt(5000)) : pick(VALUES);
    }

    /** A number past a field's range, or one that is no number the field takes. */
    public String number() {
        return pick(NUMBERS);
    }

    /** {@code json}, damaged at the level of its bytes: cut, a byte changed, a span doubled or dropped, a NUL. */
    public byte[] damage(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            return bytes;
        }
        switch (random.nextInt(7)) {
            case 0:
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 1: {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                return bytes;
            }
            case 2: {
                int from = random.nextInt(bytes.length);
                int to = Math.min(bytes.length, from + random.nextInt(64));
                byte[] out = new byte[bytes.length + to - from];
                System.arraycopy(bytes, 0, out, 0, to);
                System.arraycopy(bytes, from, out, to, bytes.length - from);
                return out;
            }
            case 3: {
                int from = random.nextInt(bytes.length);
                int to = Math.min(bytes.length, from + random.nextInt(64));
                byte[] out = new byte[bytes.length - (to - from)];
                System.arraycopy(bytes, 0, out, 0, from);
                System.arraycopy(bytes, to, out, from, bytes.length - to);
                return out;
            }
            case 4: {
                bytes[random.nextInt(bytes.length)] = 0;
                return bytes;
            }
            case 5: {
                // A lone continuation byte, or the start of a sequence cut short: not UTF-8.
                bytes[random.nextInt(bytes.length)] = (byte) (chance(50) ? 0x80 : 0xE2);
                return bytes;
            }
            default:
                return bytes;
        }
    }

    /**
     * The first character of {@code s} that must never reach a terminal from a message, or -1: C0 and C1
     * controls, DEL, and the invisible ones that reorder text (bidirectional controls, line and paragraph
     * separators). Messages may say that a file holds such characters, but only escaped.
     */
    public static int controlIndex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x1F || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x061C || c == 0x200E || c == 0x200F || Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1)))) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return -1;
    }

    /** How many bytes this thread has allocated so far: what one case costs, measured around it. */
    public static long allocated() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads instanceof com.sun.management.ThreadMXBean) {
            return ((com.sun.management.ThreadMXBean) threads).getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }
}
