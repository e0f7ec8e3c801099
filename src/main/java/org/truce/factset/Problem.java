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
        String shown = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return shown.isEmpty() ? "." : shown;
    }

    /** Text from a file or a command line, quoted for a message: at most 60 characters, one line, nothing raw. */
    public static String quoted(String text) {
        return JsonReader.quote(text);
    }

    /** The problem as one line, with file, path and message escaped for a terminal ({@link TerminalText#escape}). */
    @Override
    public String toString() {
        // A file name, a field name or a value could otherwise end the line and forge the next one, or drive the terminal.
        StringBuilder b = new StringBuilder(TerminalText.escape(file));
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (path != null && !path.isEmpty()) {
            b.append(TerminalText.escape(path)).append(": ");
        }
        return b.append(TerminalText.escape(message)).toString();
    }
}
