package dev.hangtime.routines.plan;

import dev.hangtime.routines.files.ResourceIndex;
import dev.hangtime.routines.format.PlanReadResult;
import dev.hangtime.routines.format.PlanReader;
import dev.hangtime.routines.format.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plans that ship with Hangtime, read from the classpath, named by {@code index.txt} beside them (a folder
 * in a jar cannot be listed reliably); a test keeps the index and the folder in step.
 */
final class BuiltInPlans {

    static final String FOLDER = "/dev/hangtime/routines/plans/";
    static final String INDEX = FOLDER + "index.txt";
    static final String PREFIX = "built-in/plans/";

    private BuiltInPlans() {
    }

    /** The file names the index lists, in its order; blank lines and lines starting with # are skipped. */
    static List<String> index() {
        return ResourceIndex.names(INDEX);
    }

    /** Reads every built-in plan against {@code routines}; one that fails is reported, not fatal. */
    static List<PlanReadResult> read(PlanReader.Routines routines) {
        List<PlanReadResult> results = new ArrayList<>();
        for (String name : index()) {
            String file = PREFIX + name;
            try (InputStream in = BuiltInPlans.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    results.add(new PlanReadResult(file, Optional.empty(),
                            List.of(Problem.inFile(file, "is listed in index.txt but missing from the build"))));
                } else {
                    results.add(PlanReader.read(file, in.readAllBytes(), routines));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return results;
    }
}
