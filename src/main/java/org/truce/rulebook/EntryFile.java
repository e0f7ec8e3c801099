package org.truce.rulebook;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One cache entry on disk: read only from a regular file of the user's that no one else may write to, and written
 * only through a file truce itself created.
 *
 * <p>Java cannot ask an open file who owns it (no {@code fstat}), so what is read is made to be the file that was
 * checked this way: the path is looked at without following links; it is opened with {@code NOFOLLOW_LINKS}, so a
 * link put there since is refused rather than followed; and it is looked at again after the bytes are read, which
 * must find the same file (device and inode), owner, mode, size and change time, or the bytes are dropped. A file
 * swapped in and back again between those looks would not be seen, and that is why the folder check comes first:
 * in a folder that only the user can change ({@link CacheFolder}) no one else can swap anything, and these checks
 * are the second line, for a folder that stopped being private or a file put there before it was.
 */
final class EntryFile {

    private static final int TYPE = 0170000;
    private static final int REGULAR = 0100000;
    private static final int GROUP_OR_OTHERS_WRITE = 0022;
    private static final String LOOK = "unix:mode,uid,dev,ino,size,ctime";
    /** Entries of the bundled rules are about 0.2 MB; a far larger file is not one truce wrote. */
    private static final long MAX_SIZE = 64L << 20;

    private EntryFile() {
    }

    /**
     * The bytes of the entry at {@code file}, or none when there is no entry; {@code interleaved} runs between the
     * first look and the open. Throws when there is a file that must not be read as an entry of the user of uid
     * {@code me}.
     */
    static Optional<byte[]> read(Path file, int me, Consumer<Path> interleaved) throws IOException {
        Map<String, Object> before;
        try {
            before = Files.readAttributes(file, LOOK, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        String problem = problem(before, me);
        if (problem != null) {
            throw new IOException(file + ": expected a file of your own only you can write, found " + problem);
        }
        interleaved.accept(file);
        long size = (Long) before.get("size");
        ByteBuffer bytes = ByteBuffer.allocate((int) size + 1);
        try (SeekableByteChannel in = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            // Up to one byte past the size looked at: a longer file is not the one looked at.
            while (bytes.hasRemaining()) {
                // equivalent mutant: < 0 to <= 0: a file channel read into a buffer with room returns at least one byte, or -1 at the end
                if (in.read(bytes) < 0) {
                    break;
                }
            }
        }
        Map<String, Object> after = Files.readAttributes(file, LOOK, LinkOption.NOFOLLOW_LINKS);
        if (bytes.position() != size || !after.equals(before)) {
            throw new IOException(file + ": expected the file looked at, found it changed or replaced while read");
        }
        byte[] whole = new byte[(int) size];
        bytes.flip().get(whole);
        return Optional.of(whole);
    }

    /**
     * Writes {@code bytes} to a new file {@code temp} and renames it to {@code target}; {@code interleaved} runs
     * between the creation and the writing.
     *
     * <p>The file is created, readable by the user only, and written through one channel opened with
     * {@code CREATE_NEW} and {@code NOFOLLOW_LINKS}: creation fails on anything already at the path, a link included,
     * and the path is never opened again, so the bytes cannot go through a link someone put there meanwhile. Before
     * the rename the path must still name a regular file of the user's of the size written; the rename itself
     * replaces the entry, never a file a link points to.
     */
    static void write(Path temp, byte[] bytes, Path target, int me, Consumer<Path> interleaved) throws IOException {
        SeekableByteChannel created = Files.newByteChannel(temp,
                Set.<OpenOption>of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            try (SeekableByteChannel out = created) {
                interleaved.accept(temp);
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
            Map<String, Object> written = Files.readAttributes(temp, LOOK, LinkOption.NOFOLLOW_LINKS);
            String problem = problem(written, me);
            if (problem != null || (Long) written.get("size") != bytes.length) {
                // equivalent mutant: any change to the message: RuleCache.write drops the exception without showing it
                throw new IOException(temp + ": expected the file truce wrote, found " + (problem == null ? "another" : problem));
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            // Gone after the rename; otherwise it is not an entry, and not to be left for anyone to use.
            Files.deleteIfExists(temp);
        }
    }

    /** What is wrong with a file of attributes {@code a} as an entry of uid {@code me}, or {@code null}. */
    static String problem(Map<String, Object> a, int me) {
        int mode = (Integer) a.get("mode");
        int owner = (Integer) a.get("uid");
        if ((mode & TYPE) != REGULAR) {
            // equivalent mutant: any other text, "" included: a non-null problem refuses the file, and RuleCache drops the message unseen
            return "something else than a regular file (a link, a FIFO, a device or a folder)";
        }
        if (owner != me) {
            // equivalent mutant: any other text, "" included: a non-null problem refuses the file, and RuleCache drops the message unseen
            return "a file of uid " + owner;
        }
        if ((mode & GROUP_OR_OTHERS_WRITE) != 0) {
            // equivalent mutant: any other text, "" included: a non-null problem refuses the file, and RuleCache drops the message unseen
            return "a file others may write to";
        }
        if ((Long) a.get("size") > MAX_SIZE) {
            // equivalent mutant: any other text, "" included: a non-null problem refuses the file, and RuleCache drops the message unseen
            return "a file of " + a.get("size") + " bytes";
        }
        return null;
    }
}
