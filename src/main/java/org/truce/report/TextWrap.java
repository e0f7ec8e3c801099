package org.truce.report;

import java.util.List;

/** Text wrapped to a width, for the text report. */
final class TextWrap {

    private TextWrap() {
    }

    /**
     * Breaks text at spaces into lines of at most {@code width} characters; a longer word breaks after a period's "..",
     * else is cut, after a hyphen where it can be.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<String> words = new java.util.ArrayList<>();
        for (String word : text.split(" ")) {
            // A period finding's id (TERM/FROM..TO) may be wider than a narrow column: it then breaks after its "..".
            int dots = word.indexOf("..");
            if (word.length() > width && dots > 0 && dots + 2 < word.length()) {
                words.add(word.substring(0, dots + 2));
                words.add(word.substring(dots + 2));
            } else {
                words.add(word);
            }
        }
        for (String whole : words) {
            String word = whole;
            // A word longer than a line (a reading's id at the narrowest widths) is cut after a hyphen where it has one
            // within the line, else at the line's end: no line passes the width.
            while (width > 1 && word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                int cut = word.lastIndexOf('-', width - 1) + 1;
                cut = cut > 0 ? cut : width;
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
