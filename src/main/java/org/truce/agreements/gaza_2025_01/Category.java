package org.truce.agreements.gaza_2025_01;

import java.util.Map;

/** The hostage categories of the format, in words ("civilian women"). */
final class Category {
    private static final Map<String, String[]> WORDS = Map.of(
            "civilian-woman", new String[]{"civilian woman", "civilian women"},
            "female-soldier", new String[]{"female soldier", "female soldiers"},
            "civilian-man", new String[]{"civilian man", "civilian men"},
            "child", new String[]{"child", "children"},
            "male-soldier", new String[]{"male soldier", "male soldiers"});

    private Category() {
    }

    /** A count of one category in words ("4 female soldiers", "1 hostage of no category reported"). */
    static String count(long count, String category) {
        String[] w = category == null ? null : WORDS.get(category);
        if (w == null) {
            return count + (count == 1 ? " hostage" : " hostages") + " of no reported category";
        }
        return count + " " + (count == 1 ? w[0] : w[1]);
    }
}
