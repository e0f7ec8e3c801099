package org.truce.report;

import java.util.List;

/** Text wrapped to a width, for the text report. */
final class TextWrap {

    private TextWrap() {
    }

    /** Breaks text at spaces into lines of at most {@code width} characters; a longer word is cut, after a hyphen where it can be. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String whole : text.split(" ")) {
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
