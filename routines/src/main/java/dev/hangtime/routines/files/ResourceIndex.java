package dev.hangtime.routines.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a classpath folder holds, as its {@code index.txt} names them: a folder packed in a jar cannot be
 * listed reliably, so the built-in routines and plans each have an index beside them, which a test keeps in step
 * with the folder.
 */
public final class ResourceIndex {

    private ResourceIndex() {
    }

    /**
     * The file names the index at {@code index} lists, in its order; blank lines and lines starting with # are
     * skipped. A missing index is a broken build, and says so.
     */
    public static List<String> names(String index) {
        List<String> names = new ArrayList<>();
        try (InputStream in = ResourceIndex.class.getResourceAsStream(index)) {
            if (in == null) {
                throw new IllegalStateException(index + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
