package org.truce.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a report or a generated file may be written: a regular file or a new name, in a folder that exists and can be
 * written, never an input of the same run, never a device, a pipe, a symbolic link or a folder. Replacing any of those
 * would lose something (a fact set, {@code /dev/null} for every process, the target of a link).
 */
final class OutputTarget {

    private OutputTarget() {
    }

    /** Why {@code output} (as typed) cannot take {@code what} ("the report") from a run reading {@code inputs}, or null when it can. */
    static String problem(String typed, Path output, List<Path> inputs, String what) {
        if (typed.endsWith("/") || Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return "expected a file to write " + what + " to, found " + (Files.isDirectory(output) ? "a folder" : "a name ending in '/', which names a folder");
        }
        if (Files.isSymbolicLink(output)) {
            return "expected a regular file or a new name to write " + what + " to, found a symbolic link (write to its target instead)";
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)) {
            return "expected a regular file or a new name to write " + what + " to, found a device, a pipe or a socket (it would be replaced, not written to)";
        }
        for (Path input : inputs) {
            if (sameFile(output, input)) {
                return "expected a file that is not an input of this run, found " + Home.display(input) + " (it would be overwritten)";
            }
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return "expected a folder that exists to write " + what + " in, found none";
        }
        if (!Files.isWritable(parent)) {
            return "expected a folder that can be written to, found one that cannot";
        }
        return null;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
