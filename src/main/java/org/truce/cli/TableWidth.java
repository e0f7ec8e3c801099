package org.truce.cli;

/** The width of the text table when {@code --width} is not given: the terminal's when standard output is one, else none. */
final class TableWidth {

    /** The width assumed for a terminal that does not say its own. */
    static final int USUAL = 80;

    private TableWidth() {
    }

    /**
     * The width for this process: whether standard output is a terminal comes from {@code truce.stdout-terminal}, which
     * the launcher sets, else from whether the JVM has a console; the terminal's width comes from {@code truce.columns}
     * (the launcher asks the terminal, as shells do not export {@code COLUMNS} to programs), else {@code COLUMNS}.
     */
    static int ofThisProcess() {
        String said = System.getProperty("truce.stdout-terminal");
        boolean terminal = said == null ? System.console() != null : Boolean.parseBoolean(said);
        String columns = System.getProperty("truce.columns");
        return of(terminal, columns != null && !columns.isBlank() ? columns : System.getenv("COLUMNS"));
    }

    /** {@code COLUMNS} when it is a whole number of at least 1, else 80, on a terminal; 0 (whole summaries) elsewhere. */
    static int of(boolean terminal, String columns) {
        // A file or a pipe has no width: a table cut to fit one would lose words that nobody can scroll to.
        if (!terminal) {
            return 0;
        }
        if (columns != null && columns.strip().matches("[0-9]{1,6}")) {
            int n = Integer.parseInt(columns.strip());
            if (n > 0) {
                return n;
            }
        }
        return USUAL;
    }
}
