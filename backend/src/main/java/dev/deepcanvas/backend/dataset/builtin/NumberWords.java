package dev.deepcanvas.backend.dataset.builtin;

import java.util.ArrayList;
import java.util.List;

/** Writes whole numbers from 0 to 9,999 in British English words: 4,021 → "four thousand and twenty one". */
final class NumberWords {

    static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety");
    static final List<String> OTHERS = List.of("hundred", "thousand", "and");

    private NumberWords() {
    }

    static List<String> of(int number) {
        if (number < 0 || number > 9999) {
            throw new IllegalArgumentException("only 0 to 9999 are written, not " + number);
        }
        if (number == 0) {
            return List.of("zero");
        }
        List<String> words = new ArrayList<>();
        int thousands = number / 1000;
        int hundreds = number / 100 % 10;
        int rest = number % 100;
        if (thousands > 0) {
            words.add(UNITS.get(thousands));
            words.add("thousand");
        }
        if (hundreds > 0) {
            words.add(UNITS.get(hundreds));
            words.add("hundred");
        }
        if (rest > 0) {
            if (!words.isEmpty()) {
                words.add("and");
            }
            if (rest < 20) {
                words.add(UNITS.get(rest));
            } else {
                words.add(TENS.get(rest / 10 - 2));
                if (rest % 10 > 0) {
                    words.add(UNITS.get(rest % 10));
                }
            }
        }
        return words;
    }
}
