package org.truce.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("--width: the text table fits a terminal, and shows whole summaries in a file or a pipe")
class WidthOptionTest {

    @TempDir
    Path dir;

    /**
     * Ten sources that each counted another number of trucks, none of them of fuel: the day's summary runs well past 80
     * characters. Every figure falls short of each reading's minimum of T06, so the finding is VIOLATED, with 30 accounts
     * (10 sources × 3 readings), each figure said once ("190 trucks"; a report silent on fuel would add "190 trucks, their
     * loads not given" under 200-plus-fuel).
     */
    private Path tenReadings() throws IOException {
        List<String> sources = new ArrayList<>();
        List<String> trucks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sources.add("{\"id\": \"s" + i + "\", \"publisher\": \"Source " + i + "\", \"title\": \"Aid\"}");
            trucks.add("{\"count\": " + (190 + i) + ", \"fuelTrucks\": 0, \"source\": \"s" + i + "\"}");
        }
        Path file = dir.resolve("ten.json");
        Files.writeString(file, "{\"format\": \"truce-facts/1\", \"agreement\": \"gaza-2023-11\", \"sources\": [" + String.join(", ", sources)
                + "], \"days\": [{\"date\": \"2023-11-24\", \"aidTrucks\": [" + String.join(", ", trucks) + "]}]}");
        return file;
    }

    private static String aidLine(String out) {
        return out.lines().filter(l -> l.startsWith("2023-11-24  daily-aid-trucks ")).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("standard output that is no terminal gets the whole summaries, where they used to be cut at 80 characters")
    void wholeWhenNotATerminal() throws IOException {
        String before = System.getProperty("truce.stdout-terminal");
        System.setProperty("truce.stdout-terminal", "false");
        try {
            var r = Cli.run("check", tenReadings().toString());
            assertThat(r.exitCode()).isEqualTo(Main.VIOLATED);
            assertThat(aidLine(r.out())).contains("  VIOLATED  ").doesNotContain("…").endsWith("  190 trucks / 191 trucks / 192 trucks"
                    + " / 193 trucks / 194 trucks / 195 trucks / 196 trucks / 197 trucks / 198 trucks / 199 trucks (30 accounts)");
        } finally {
            if (before == null) {
                System.clearProperty("truce.stdout-terminal");
            } else {
                System.setProperty("truce.stdout-terminal", before);
            }
        }
    }

    @Test
    @DisplayName("--width 100 fits every finding in 100 columns, the long summary cut with …; --width 0 shows it whole")
    void fitsTheWidth() throws IOException {
        var fitted = Cli.run("check", tenReadings().toString(), "--width", "100");
        assertThat(fitted.out().lines().filter(l -> l.startsWith("2023-11-")))
                .isNotEmpty().allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
        assertThat(aidLine(fitted.out())).hasSize(100).endsWith("…");

        var whole = Cli.run("check", tenReadings().toString(), "--width", "0");
        assertThat(aidLine(whole.out())).endsWith("(30 accounts)");
    }

    @Test
    @DisplayName("a negative width is bad usage: one line, exit 2, nothing on stdout")
    void negativeWidth() {
        var r = Cli.run("check", "--width", "-1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly("truce: --width: expected 0 (the whole summaries) or a number of columns, found -1");
    }

    @Test
    @DisplayName("--help says what --width does and what it defaults to")
    void help() {
        String help = String.join(" ", Cli.run("check", "--help").out().split("\\s+"));
        assertThat(help).contains("--width=N Fit the text table to N columns; default: the terminal's width when standard output is a "
                + "terminal (COLUMNS, else 80), else the whole summaries.");
    }

    @Test
    @DisplayName("the default width: COLUMNS on a terminal (80 when unset or not a number), none in a file or a pipe")
    void defaultWidth() {
        assertThat(TableWidth.of(false, "132")).isZero();
        assertThat(TableWidth.of(true, "132")).isEqualTo(132);
        assertThat(TableWidth.of(true, " 40 ")).isEqualTo(40);
        assertThat(TableWidth.of(true, null)).isEqualTo(80);
        assertThat(TableWidth.of(true, "wide")).isEqualTo(80);
        assertThat(TableWidth.of(true, "0")).isEqualTo(80);
        assertThat(TableWidth.of(true, "99999999999")).isEqualTo(80);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "--width {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {100, 80, 60, 40})
    @DisplayName("with --width N no line of the bundled report, its readings and what-if lines included, is wider than N: narrow"
            + " widths put each summary under its finding")
    void noLineWiderThanAsked(int width) {
        // as reported, T06, T12 and T14 depend on the reading: CONTESTED (readings), no finding VIOLATED
        var r = Cli.run("check", "data/gaza-2023-11.json", "--width", Integer.toString(width));
        assertThat(r.exitCode()).isEqualTo(Main.OK);
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(width));
        assertThat(r.out()).contains("handover-schedule").contains("(readings").contains("READINGS").contains("300-including-fuel")
                .contains("CLAIMS").contains("DEFENCES");

        var kept = Cli.run("check", "data/gaza-2023-11.json", "--width", Integer.toString(width), "--reading", "T06=300-including-fuel",
                "--set", "daily-fuel.minimum-litres-per-day=100000");
        assertThat(kept.exitCode()).isEqualTo(Main.VIOLATED);
        assertThat(kept.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(width));
        assertThat(String.join(" ", kept.out().split("\\s+"))).contains("what-if: clause T06 read only as 300-including-fuel, its other readings set aside")
                .contains("what-if: daily-fuel.minimum-litres-per-day = 100000, not as reported");
    }
}
