package org.truce.factset;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The folder relative paths are read against and shown from: the JVM's own, or, while the background server runs a
 * check for a client, the client's. Bound per thread, so one request never sees another's.
 */
public final class WorkingFolder {

    private static final ThreadLocal<Path> BOUND = new ThreadLocal<>();

    private WorkingFolder() {
    }

    /** The working folder of the current run, absolute. */
    public static Path get() {
        Path bound = BOUND.get();
        return bound != null ? bound : Path.of("").toAbsolutePath();
    }

    /** {@code path} resolved against the working folder of the current run. */
    public static Path resolve(Path path) {
        return get().resolve(path);
    }

    /** Runs {@code work} with {@code folder} (absolute) as the working folder of this thread. */
    public static <T> T with(Path folder, Supplier<T> work) {
        if (!folder.isAbsolute()) {
            throw new IllegalArgumentException("expected an absolute working folder, found " + folder);
        }
        Path before = BOUND.get();
        BOUND.set(folder);
        try {
            return work.get();
        } finally {
            if (before == null) {
                BOUND.remove();
            } else {
                BOUND.set(before);
            }
        }
    }
}
