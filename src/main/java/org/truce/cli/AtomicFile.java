package org.truce.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file beside its target and renames it into place, so a failed run never leaves a partial or missing file.
 * A new file gets the permissions any new file of the user gets (the umask decides); a replaced file keeps its mode,
 * so a report in a shared folder stays readable by the colleagues who could read the one it replaces.
 */
final class AtomicFile {

    /** What goes into the file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Set<PosixFilePermission> keep = modeOf(target);
        Path temp = null;
        OutputStream raw = null;
        // CREATE_NEW without following links: the temporary name is ours alone, whatever else is in the folder.
        for (int attempt = 0; raw == null; attempt++) {
            temp = parent.resolve("." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                raw = Channels.newOutputStream(Files.newByteChannel(temp, Set.of(StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
        try {
            try (OutputStream out = new BufferedOutputStream(raw, 1 << 16)) {
                content.writeTo(out);
            }
            if (keep != null) {
                Files.setPosixFilePermissions(temp, keep);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The permissions of the regular file at {@code target}, or null when there is none (or no POSIX permissions). */
    private static Set<PosixFilePermission> modeOf(Path target) {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            return view.readAttributes().permissions();
        } catch (IOException e) {
            return null;
        }
    }
}
