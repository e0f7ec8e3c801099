package org.truce.rulebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The uid of the user running truce, as the file system records it on what truce creates.
 *
 * <p>Not {@code user.name}: a uid with no passwd entry (a container run with {@code -u 4242}) makes Java set it to
 * {@code ?}, which matches no owner, while the uid always does.
 */
final class Uid {

    private static OptionalInt current;

    private Uid() {
    }

    /** The uid, or none when this system cannot tell it. */
    static synchronized OptionalInt current() {
        if (current == null) {
            OptionalInt proc = ofProc();
            current = proc.isPresent() ? proc : ofNewFile();
        }
        return current;
    }

    /** On Linux {@code /proc/self} belongs to the process's effective uid, the one its files get. */
    private static OptionalInt ofProc() {
        try {
            return OptionalInt.of((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /** Elsewhere, the owner of a file just created is the uid by definition. */
    private static OptionalInt ofNewFile() {
        try {
            Path probe = Files.createTempFile("truce-uid", "");
            try {
                return OptionalInt.of((Integer) Files.getAttribute(probe, "unix:uid"));
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }
}
