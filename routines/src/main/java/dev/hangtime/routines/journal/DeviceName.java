package dev.hangtime.routines.journal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name this device's journal file goes by. Each device writes only its own file, so a journal folder
 * shared between machines by a file-sync tool never has two writers on one file and never conflicts.
 */
public final class DeviceName {

    /** The extension of journal files. */
    public static final String EXTENSION = ".jsonl";

    /**
     * The copies a file-sync tool makes of a file changed in two places at once, by the name it gives them:
     * Dropbox's {@code vm (Laptop's conflicted copy 2026-12-05).jsonl}, Nextcloud's and ownCloud's
     * {@code vm (conflicted copy 2026-12-05 101500).jsonl}, Syncthing's
     * {@code vm.sync-conflict-20261205-101500-ABCDEFG.jsonl}. Group 1 is the name of the file copied.
     */
    private static final Pattern SYNC_COPY = Pattern.compile("(.+?)(?: \\([^()]*conflicted copy[^()]*"
            + "(?: \\(\\d+\\))?\\)|\\.sync-conflict-[0-9]{8}-[0-9]{6}(?:-[A-Za-z0-9]+)?)",
            Pattern.CASE_INSENSITIVE);

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

    /**
     * The device a journal file belongs to: its name without the extension, and for a sync tool's copy of a
     * device's file, the name of the file it copies: {@code vm (Laptop's conflicted copy 2026-12-05).jsonl} is
     * {@code vm}'s.
     */
    static String ofFile(Path file) {
        String base = base(file);
        Matcher copy = SYNC_COPY.matcher(base);
        return copy.matches() ? copy.group(1) : base;
    }

    /** Whether {@code file} is a sync tool's copy of a device's file, by the name such tools give copies. */
    static boolean isSyncCopy(Path file) {
        return SYNC_COPY.matcher(base(file)).matches();
    }

    private static String base(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }
}
