package dev.hangtime.routines.journal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The name this device's journal file goes by. Each device writes only its own file, so a journal folder
 * shared between machines by a file-sync tool never has two writers on one file and never conflicts.
 */
public final class DeviceName {

    /** The extension of journal files. */
    public static final String EXTENSION = ".jsonl";

    private static final int MAX_LENGTH = 64;
    private static final String FALLBACK = "this-device";

    private DeviceName() {
    }

    /**
     * This machine's host name, made safe as a file name: from {@code HOSTNAME} or {@code COMPUTERNAME} when
     * set, else the system's own record of it, else {@value #FALLBACK}.
     */
    public static String local(Map<String, String> environment) {
        for (String variable : List.of("HOSTNAME", "COMPUTERNAME")) {
            String value = environment.get(variable);
            if (value != null && !sanitize(value).isEmpty()) {
                return sanitize(value);
            }
        }
        for (String file : List.of("/proc/sys/kernel/hostname", "/etc/hostname")) {
            try {
                String value = Files.readString(Path.of(file), StandardCharsets.UTF_8);
                if (!sanitize(value).isEmpty()) {
                    return sanitize(value);
                }
            } catch (IOException | RuntimeException e) {
                // not on this system; try the next
            }
        }
        try {
            String value = InetAddress.getLocalHost().getHostName();
            return sanitize(value).isEmpty() ? FALLBACK : sanitize(value);
        } catch (IOException | RuntimeException e) {
            return FALLBACK;
        }
    }

    /**
     * {@code name} in lower case, with every run of characters other than letters, digits, dots and hyphens
     * made one hyphen, and no dot or hyphen at either end; at most {@value #MAX_LENGTH} characters. A name can
     * then neither leave the folder nor trip a file system that cares about case or odd characters.
     */
    public static String sanitize(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-");
        s = s.replaceAll("^[.-]+|[.-]+$", "");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH).replaceAll("[.-]+$", "");
        }
        return s;
    }

    /** The journal file name for {@code device}. */
    static String fileName(String device) {
        String safe = sanitize(device);
        return (safe.isEmpty() ? FALLBACK : safe) + EXTENSION;
    }

    /** The device a journal file belongs to: its name without the extension. */
    static String ofFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }
}
