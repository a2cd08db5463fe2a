import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hangtime.routines.format.RoutineReader;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.routines.settings.SettingsFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold read, in a fresh JVM, of the settings file or a routine file: with the reader the app uses (Jackson's
 * streaming parser) or with jackson-databind's {@code ObjectMapper}. {@code none} reads nothing: the baseline for
 * counting the classes a read loads.
 *
 * <p>Prints the nanoseconds the read took, class loading and initialisation included; those of them the thread
 * spent on a CPU; then what it read, turned into text after the clock stops (a record's first {@code toString}
 * links method handles, a cost of its own). Driven by {@code bench/jackson-start.py}, which runs each mode many
 * times with the launcher's flags.
 */
public class JacksonStart {

    /** The settings as databind maps them: boxed, so that a missing field is null and takes its default. */
    record SettingsJson(Integer volume, Boolean voice, Integer countdown, Boolean mute) {
        Settings settings() {
            Settings d = Settings.DEFAULTS;
            return new Settings(volume == null ? d.volume() : volume, voice == null ? d.voice() : voice,
                    countdown == null ? d.countdown() : countdown, mute == null ? d.mute() : mute);
        }
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path file = Path.of(args.length > 1 ? args[1] : ".");
        long cpuStart = onCpuNanos();
        long start = System.nanoTime();
        Object read;
        switch (mode) {
            case "none":
                read = "nothing";
                break;
            case "settings-streaming":
                read = new SettingsFile(file).load();
                break;
            case "settings-databind":
                read = new ObjectMapper().readValue(file.toFile(), SettingsJson.class).settings();
                break;
            case "routine-streaming":
                read = RoutineReader.read(file).routine().orElseThrow().name();
                break;
            case "routine-databind":
                read = new ObjectMapper().readTree(file.toFile()).get("name").asText();
                break;
            default:
                throw new IllegalArgumentException("unknown mode " + mode);
        }
        long took = System.nanoTime() - start;
        long onCpu = onCpuNanos() - cpuStart;
        System.out.println(took + " " + onCpu + " " + read);
    }

    /**
     * How long this thread has run on a CPU (Linux's schedstat). Unlike the clock, it leaves out the time the
     * thread waited for a core, which on a busy machine is most of it. It is read once before the clock starts,
     * so the file classes it needs are loaded by then in every mode.
     */
    private static long onCpuNanos() throws IOException {
        byte[] stat = Files.readAllBytes(Path.of("/proc/thread-self/schedstat"));
        String text = new String(stat, StandardCharsets.US_ASCII);
        return Long.parseLong(text.substring(0, text.indexOf(' ')));
    }
}
