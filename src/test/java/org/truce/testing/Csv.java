package org.truce.testing;

import java.util.ArrayList;
import java.util.List;

/** A naive RFC 4180 reader for tests of the CSV report: cells split at commas outside quotes, quotes undoubled. */
public final class Csv {

    private Csv() {
    }

    /** The cells of one line. */
    public static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** The rows of a text whose rows end in CRLF. */
    public static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            rows.add(cells(line));
        }
        return rows;
    }
}
