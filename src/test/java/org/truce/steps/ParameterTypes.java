package org.truce.steps;

import io.cucumber.java.ParameterType;
import org.truce.check.Status;
import org.truce.check.Verdict;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The domain words of the features: dates and times as people write them, parties, publishers, terms and statuses. */
public class ParameterTypes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** The terms of the agreement by the names the features use, each with its slug. */
    static final Map<String, String> TERMS = Map.ofEntries(
            // gaza-2023-11
            Map.entry("first-phase hostage", "initial-hostages"),
            Map.entry("exchange ratio", "exchange-ratio"),
            Map.entry("extension day", "extension-hostages"),
            Map.entry("daily aid", "daily-aid-trucks"),
            Map.entry("daily fuel", "daily-fuel"),
            Map.entry("release order", "release-order"),
            Map.entry("eligible list", "eligible-list"),
            Map.entry("handover schedule", "handover-schedule"),
            // gaza-2025-01 (exchange ratio and daily aid are named as above)
            Map.entry("names before release", "names-before-release"),
            Map.entry("phase-one total", "phase-one-hostages"),
            Map.entry("release schedule", "release-schedule"),
            Map.entry("living before deceased", "living-before-deceased"),
            Map.entry("women's release order", "release-order-women"),
            Map.entry("hostage status list", "hostage-status-by-day7"),
            Map.entry("same-day prisoner release", "prisoners-same-day"),
            Map.entry("return north", "rashid-return-day7"),
            Map.entry("Netzarim withdrawal", "netzarim-withdrawal-day22"),
            Map.entry("daily fuel trucks", "daily-fuel-trucks"),
            Map.entry("north aid", "north-aid-trucks"),
            Map.entry("Rafah crossing", "rafah-wounded"));

    @ParameterType("\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}")
    public LocalDate date(String text) {
        return LocalDate.parse(text, DATE);
    }

    /** A quantity as people write it, with commas between thousands ("130,000"). */
    @ParameterType("\\d{1,3}(?:,\\d{3})+|\\d+")
    public Long litres(String text) {
        return Long.parseLong(text.replace(",", ""));
    }

    @ParameterType("\\d{2}:\\d{2}")
    public LocalTime time(String text) {
        return LocalTime.parse(text);
    }

    @ParameterType("Israel|Hamas")
    public String party(String name) {
        return name;
    }

    /** A publisher as the features name it ("UN OCHA", "the Egyptian Red Crescent", "am1.news"); a leading "the" is dropped. */
    @ParameterType("(?:the )?([A-Za-z][^,:\"]*?)")
    public String publisher(String name) {
        return name;
    }

    /**
     * Whose words a clause quote is, as the clause index names them ("the Israeli PMO", "Hamas and the Times of Israel");
     * a leading "the" is dropped from each.
     */
    @ParameterType("[A-Za-z][^:\"]*")
    public List<String> speakers(String names) {
        return Arrays.stream(names.split(", | and ")).map(String::strip).map(n -> n.startsWith("the ") ? n.substring(4) : n).toList();
    }

    @ParameterType("names before release|phase-one total|release schedule|living before deceased|women's release order|"
            + "hostage status list|same-day prisoner release|return north|Netzarim withdrawal|daily fuel trucks|north aid|Rafah crossing|"
            + "first-phase hostage|exchange ratio|extension day|daily aid|daily fuel|release order|eligible list|handover schedule")
    public String term(String name) {
        return TERMS.get(name);
    }

    @ParameterType("T\\d{2}A?|P1-\\d{2}[A-Z]?")
    public String clause(String id) {
        return id;
    }

    /** Reading ids in quotes, as a list is written: "a", "b" and "c". */
    @ParameterType("\"[^\"]+\"(?:(?:, | and )\"[^\"]+\")*")
    public List<String> readings(String text) {
        return Arrays.stream(text.split(", | and ")).map(s -> s.strip().replaceAll("^\"|\"$", "")).toList();
    }

    /** Why a finding is CONTESTED, as {@code contestedBy} says it: its readings disagree, its sources, or both. */
    @ParameterType("its readings disagree|its sources disagree|both its readings and its sources disagree")
    public List<String> contest(String text) {
        return switch (text) {
            case "its readings disagree" -> List.of("readings");
            case "its sources disagree" -> List.of("sources");
            default -> List.of("readings", "sources");
        };
    }

    @ParameterType("COMPLIANT|VIOLATED|CONTESTED|UNDETERMINED")
    public Status status(String name) {
        return Status.valueOf(name);
    }

    @ParameterType("SUPPORTED|CONTESTED|UNDETERMINED|NOT SUPPORTED")
    public Verdict verdict(String name) {
        return Verdict.valueOf(name.replace(' ', '_'));
    }

    static LocalDate parseDate(String text) {
        return LocalDate.parse(text.trim(), DATE);
    }

    static String write(LocalDate date) {
        return date.format(DATE);
    }
}
