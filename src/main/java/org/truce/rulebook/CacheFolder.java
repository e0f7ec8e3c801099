package org.truce.rulebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Whether a folder may hold compiled rules, that is code truce will run: only if no one but the user running truce
 * can change what is in it.
 *
 * <p>The folder must not be a symbolic link, must belong to the user's uid and must not be writable by group or
 * others. Every folder above it must belong to the user or to root and be writable by its owner only, unless it is
 * sticky like {@code /tmp}: whoever may write to a folder above can rename the cache folder away and put one of their
 * own in its place between truce's look and its use, and the owner of a sticky folder still can. The SHA-256 in an
 * entry does not help here; anyone can recompute it.
 */
final class CacheFolder {

    private static final int TYPE = 0170000;
    private static final int DIRECTORY = 0040000;
    private static final int LINK = 0120000;
    private static final int STICKY = 01000;
    private static final int GROUP_WRITE = 0020;
    private static final int OTHERS_WRITE = 0002;
    private static final int ROOT = 0;
    private static final String MAKE_IT_YOURS = " (make it a folder of your own, mode 700)";
    private static final String CHOOSE_ANOTHER = " (set " + RuleCache.DIR_VARIABLE + " to a folder of your own, mode 700)";

    private CacheFolder() {
    }

    /** What a look at a cache folder found. */
    sealed interface Verdict {
    }

    /** The folder is the user's own; {@code real} is its path with no symbolic link in it, the one to use from now on. */
    record Own(Path real) implements Verdict {
    }

    /** There is no folder yet, and the folders above it are safe to make it in. */
    record Missing() implements Verdict {
    }

    /** The folder must not hold code; {@code reason} says why, as a note to the user. */
    record Unsafe(String reason) implements Verdict {
    }

    /** Something else is in the way or cannot be read: nothing is cached, and {@code reason} says so to the user. */
    record Unusable(String reason) implements Verdict {
    }

    /** Looks at {@code dir} and every folder above it, for the user of uid {@code me}. */
    static Verdict check(Path dir, int me) {
        Path abs = dir.toAbsolutePath();
        try {
            Map<String, Object> a;
            try {
                a = Files.readAttributes(abs, "unix:mode,uid", LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return missing(abs, me);
            }
            int mode = (Integer) a.get("mode");
            int owner = (Integer) a.get("uid");
            if ((mode & TYPE) == LINK) {
                return new Unsafe(abs + " is a symbolic link" + MAKE_IT_YOURS);
            }
            if ((mode & TYPE) != DIRECTORY) {
                return new Unusable(abs + " is not a folder" + CHOOSE_ANOTHER);
            }
            if (owner != me) {
                return new Unsafe(abs + " belongs to uid " + owner + ", not to you (uid " + me + ")" + MAKE_IT_YOURS);
            }
            if ((mode & (GROUP_WRITE | OTHERS_WRITE)) != 0) {
                return new Unsafe(abs + " is writable by " + writers(mode) + MAKE_IT_YOURS);
            }
            Path real = abs.toRealPath();
            String above = above(real.getParent(), abs, me);
            return above == null ? new Own(real) : new Unsafe(above);
        } catch (UnsupportedOperationException e) {
            return new Unsafe("cannot tell who owns " + abs + " on this file system");
        } catch (IOException | RuntimeException e) {
            return new Unusable(abs + " cannot be read (" + e.getClass().getSimpleName() + ")" + CHOOSE_ANOTHER);
        }
    }

    /** Makes a missing cache folder, readable by the user only from the start, so that no one can open it meanwhile. */
    static void make(Path dir) throws IOException {
        Files.createDirectories(dir.toAbsolutePath(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    /** A missing folder is made only where it would be safe: below the nearest folder that exists, if that one is. */
    private static Verdict missing(Path abs, int me) throws IOException {
        Path existing = abs.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            return new Unusable(abs + " cannot be made: " + (existing == null ? "no folder above it exists" : existing + " is not a folder")
                    + CHOOSE_ANOTHER);
        }
        String above = above(existing.toRealPath(), abs, me);
        return above == null ? new Missing() : new Unsafe(above);
    }

    /** Why {@code folder} or a folder above it makes {@code dir} unsafe, or {@code null} if none does. */
    private static String above(Path folder, Path dir, int me) throws IOException {
        for (Path p = folder; p != null; p = p.getParent()) {
            Map<String, Object> a = Files.readAttributes(p, "unix:mode,uid", LinkOption.NOFOLLOW_LINKS);
            int mode = (Integer) a.get("mode");
            int owner = (Integer) a.get("uid");
            if (owner != me && owner != ROOT) {
                return p + ", a folder above " + dir + ", belongs to uid " + owner + ", neither you nor root" + CHOOSE_ANOTHER;
            }
            if ((mode & (GROUP_WRITE | OTHERS_WRITE)) != 0 && (mode & STICKY) == 0) {
                return p + ", a folder above " + dir + ", is writable by " + writers(mode) + " and not sticky" + CHOOSE_ANOTHER;
            }
        }
        return null;
    }

    private static String writers(int mode) {
        boolean group = (mode & GROUP_WRITE) != 0;
        boolean others = (mode & OTHERS_WRITE) != 0;
        return group && others ? "group and others" : group ? "group" : "others";
    }
}
