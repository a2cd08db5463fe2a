package dev.hangtime.tui.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether descriptor 0 is the standard input the user gave. When the caller closed it ({@code <&-}), the JVM's
 * first open file takes descriptor 0 (its class library, the class-data archive, the jar), and reading
 * {@code System.in} would read that file's bytes as commands. Linux names each descriptor's file under
 * {@code /proc/self/fd}; elsewhere the input is taken as given.
 */
public final class StandardInput {

    private static final Path DESCRIPTOR = Path.of("/proc/self/fd/0");

    private StandardInput() {
    }

    /** Whether this process's standard input is one the user gave, and not closed. */
    public static boolean isGiven() {
        if (!Files.isDirectory(DESCRIPTOR.getParent())) {
            return true;
        }
        Optional<Path> target;
        try {
            target = Files.exists(DESCRIPTOR, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(Files.readSymbolicLink(DESCRIPTOR)) : Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
        List<Path> classPath = Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty()).map(Path::of).collect(Collectors.toList());
        return isGiven(target, Path.of(System.getProperty("java.home")), classPath);
    }

    /**
     * @param target the file descriptor 0 is open on; empty when it is not open at all
     * @param javaHome the running JDK, whose files the JVM opens for itself
     * @param classPath the class path, whose jars the JVM opens for itself
     */
    static boolean isGiven(Optional<Path> target, Path javaHome, List<Path> classPath) {
        if (target.isEmpty()) {
            return false;
        }
        Path file = target.get();
        if (!file.isAbsolute()) {
            // "pipe:[…]", "socket:[…]": not a file the JVM opened.
            return true;
        }
        Path home = javaHome.toAbsolutePath().normalize();
        return !file.startsWith(home) && !file.toString().endsWith(".jsa")
                && classPath.stream().map(p -> p.toAbsolutePath().normalize()).noneMatch(file::equals);
    }
}
