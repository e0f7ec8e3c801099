package org.truce.factset;

/**
 * One problem of an input file, located as precisely as the reader can: {@code FILE:LINE:COL: PATH: message}.
 * A line or column of 0 means the reader cannot know it.
 */
public record Problem(String file, int line, int column, String path, String message) {

    /** A path as a user would type it in a message: relative to the working folder where it lies below it. */
    public static String display(java.nio.file.Path path) {
        java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
        java.nio.file.Path abs = cwd.resolve(path).normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /** Text from a file or a command line, quoted for a message: at most 60 characters, one line, nothing raw. */
    public static String quoted(String text) {
        return FactSetLoader.quote(text);
    }

    /** Text from a file or a command line as it may be printed on a terminal: on one line, without control characters. */
    public static String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == 0x2028 || c == 0x2029) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (path != null && !path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(message).toString();
    }
}
