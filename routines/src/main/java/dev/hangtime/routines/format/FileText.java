package dev.hangtime.routines.format;

import dev.hangtime.core.routine.Limits;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a file in the format's rules: at most 1 MiB, UTF-8, an editor's byte order mark dropped. Plan files
 * keep to the same rules and messages as routine files.
 */
final class FileText {

    static final String TOO_LARGE = "too large (a file may be at most 1 MiB)";

    private FileText() {
    }

    /**
     * The text of {@code content}.
     *
     * @throws Refused with the one problem that stops it being read
     */
    static String of(String file, byte[] content) throws Refused {
        if (content.length > Limits.MAX_FILE_BYTES) {
            throw new Refused(Problem.inFile(file, TOO_LARGE));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Refused(Problem.inFile(file, "not valid UTF-8 at line " + lineAt(content, in.position())
                    + " (save the file as UTF-8)"));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
