package org.truce.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Report;
import org.truce.factset.Claim;
import org.truce.factset.FactSet;
import org.truce.testing.FactSetBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.report.BundledReports.render;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("The text table: fact-set text shown, never obeyed; fitted to a width, or whole")
class TextReportTest {

    /** Anything a terminal could act on, or that breaks or reorders a line (the newline of each line aside). */
    static final String RAW = "[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069]";

    /** The review's title: it sets the window title, clears the screen and forges two lines of the report. */
    static final String FORGED_TITLE = "ok\u001b]0;owned-title\u0007\u001b[2J\u001b[H\rFAKE: every term COMPLIANT\nTerms as reported: (forged line)";

    private static final Report BUNDLED = BundledReports.check(BundledReports.facts());

    @Test
    @DisplayName("a title, claim ids and the parties of a claim that drive the terminal or forge lines are shown as escapes")
    void plantedControls() {
        FactSet f = BundledReports.facts();
        List<Claim> claims = new ArrayList<>();
        for (Claim c : f.claims()) {
            claims.add(new Claim(c.id() + "\u001b[8m", c.by() + "\u202e", c.against() + "\r\n", c.term(), c.dates(), c.statement(), c.source(), c.answers()));
        }
        FactSet planted = new FactSet(f.format(), f.agreement(), FORGED_TITLE, f.sources(), f.extensions(), f.prisoners(), f.days(), claims, f.periods());

        String text = render(new TextReport(), BundledReports.check(planted));

        assertThat(text).doesNotContainPattern(RAW);
        assertThat(text.lines().filter(l -> l.startsWith("Terms: "))).hasSize(1);
        assertThat(text).doesNotContainPattern("(?m)^FAKE").contains(
                "ok\\u001b]0;owned-title\\u0007\\u001b[2J\\u001b[H\\rFAKE: every term COMPLIANT\\nTerms as reported: (forged line)");
        assertThat(text).contains(f.claims().get(0).id() + "\\u001b[8m").contains("Hamas\\u202e against Israel\\r\\n, 2023-11-");
    }

    /**
     * Ten sources that each saw another number of trucks, none of them of fuel: the day's summary says all ten, in well
     * over 80 characters. Each figure is an account under each of the three readings of T06, 30 in all, every one short
     * of the minimum. (A report that does not say which trucks carried fuel would read "190 trucks, their loads not
     * given" under 200-plus-fuel: another detail, so each figure would be said twice.)
     */
    private static Report tenReadings() {
        FactSetBuilder facts = facts();
        for (int i = 0; i < 10; i++) {
            facts.day("2023-11-24").trucks(190 + i, 0L, "Source " + i);
        }
        return BundledReports.check(facts.build());
    }

    private static String summaryOf(String table, String term) {
        return table.lines().filter(l -> l.startsWith("2023-11-24  " + term + " ")).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("with no width, a long summary is shown whole")
    void wholeSummaries() {
        String line = summaryOf(render(new TextReport(), tenReadings()), "daily-aid-trucks");
        assertThat(line).endsWith("190 trucks / 191 trucks / 192 trucks / 193 trucks / 194 trucks / 195 trucks / 196 trucks / "
                + "197 trucks / 198 trucks / 199 trucks (30 accounts)").doesNotContain("…");
        assertThat(render(new TextReport(0), tenReadings())).isEqualTo(render(new TextReport(), tenReadings()));
    }

    @Test
    @DisplayName("with a width of 100, every line of the findings and of the claims fits in 100 columns, a cut summary ending in …")
    void fitsTheWidth() {
        String table = render(new TextReport(100), BUNDLED);
        List<String> lines = table.lines().toList();
        List<String> rows = new ArrayList<>(lines.stream().filter(l -> l.matches("(DATE|2023-11-\\d\\d)  .*")).toList());
        List<String> claims = lines.subList(lines.indexOf("CLAIMS") + 1, lines.size());
        rows.addAll(claims.subList(0, claims.contains("") ? claims.indexOf("") : claims.size()));
        assertThat(rows).hasSizeGreaterThan(BUNDLED.findings().size() + 2 * BUNDLED.claims().size())
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));

        String cut = summaryOf(render(new TextReport(100), tenReadings()), "daily-aid-trucks");
        assertThat(cut).hasSize(100).endsWith("…").startsWith("2023-11-24  daily-aid-trucks  T06     VIOLATED      Israel  190 trucks / 191");
    }

    @Test
    @DisplayName("at the width of the longest line, nothing is cut; one column less, the longest summary is cut")
    void boundary() {
        String whole = render(new TextReport(), tenReadings());
        String longest = summaryOf(whole, "daily-aid-trucks");
        assertThat(render(new TextReport(longest.length()), tenReadings())).contains(longest);
        String cut = summaryOf(render(new TextReport(longest.length() - 1), tenReadings()), "daily-aid-trucks");
        assertThat(cut).hasSize(longest.length() - 1).endsWith("(30 account…");
    }

    @Test
    @DisplayName("a width too narrow for the fixed columns puts each finding on a line and its summary, wrapped, below it")
    void narrowest() {
        List<String> lines = render(new TextReport(30), tenReadings()).lines().toList();
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("2023-11-24 daily-aid-trucks")).findFirst().orElseThrow());
        assertThat(lines.get(at + 1)).isEqualTo("T06 VIOLATED Israel");
        assertThat(lines.get(at + 2)).isEqualTo("    190 trucks / 191 trucks /");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(30));
    }

    @Test
    @DisplayName("a small check, every line: findings contested by readings and sources, compliant and undetermined ones, each"
            + " reading with who holds it and its findings, claims of each kind, a note")
    void smallCheck() {
        var f = facts();
        // each monitor says none of its trucks carried fuel, so that 210 meets 200-plus-fuel and 150 does not
        f.day("2023-11-24").trucks(150, 0L, "Monitor A").trucks(210, 0L, "Monitor B").hostages(13, "Monitor A").prisoners(39, "Monitor A");
        f.day("2023-12-01").trucks(5, "Monitor A");
        f.claim("c1", "Hamas", "Israel", "daily-aid-trucks", List.of(LocalDate.parse("2023-11-24")), "Monitor C");
        f.claim("c2", "Israel", "Hamas", "T01", List.of(LocalDate.parse("2023-11-25")), "Monitor C");
        f.claim("claim-with-a-long-id", "Israel", "Hamas", null, List.of(LocalDate.parse("2023-11-26"), LocalDate.parse("2023-11-25")), "Monitor C");
        f.claim("c4", "Israel", "Hamas", "T06", List.of(LocalDate.parse("2023-11-25")), "Monitor C");
        Report report = BundledReports.check(f.build());
        assertThat(render(new TextReport(), report)).isEqualTo("""
                gaza-2023-11 — test fact set
                Terms: November 2023 Israel–Hamas humanitarian pause, terms as reported

                DATE        TERM              CLAUSE  STATUS                         PARTY   WHAT THIS FACT SET SAYS
                2023-11-24  daily-aid-trucks  T06     CONTESTED (readings, sources)  Israel  150 trucks / 210 trucks (6 accounts)
                2023-11-24  daily-fuel        T07     UNDETERMINED                   Israel  no account: needs a report of the litres of fuel that entered Gaza that day
                2023-11-24  exchange-ratio    T04     COMPLIANT                      Israel  13 hostages, 39 prisoners
                2023-11-24  release-order     T12     UNDETERMINED                   Israel  no account: needs a list by id of those released (counts cannot show the order), and, read as selection-by-seniority, the detention dates of every eligible prisoner, released or not
                2023-11-25  daily-aid-trucks  T06     UNDETERMINED                   Israel  no account: needs a report of the aid trucks that entered Gaza that day
                2023-11-25  daily-fuel        T07     UNDETERMINED                   Israel  no account: needs a report of the litres of fuel that entered Gaza that day
                2023-11-25  exchange-ratio    T04     UNDETERMINED                   Israel  no account: needs reports of both the hostages released in the deal and the prisoners released that day
                2023-11-26  daily-aid-trucks  T06     UNDETERMINED                   Israel  no account: needs a report of the aid trucks that entered Gaza that day
                2023-11-26  daily-fuel        T07     UNDETERMINED                   Israel  no account: needs a report of the litres of fuel that entered Gaza that day
                2023-11-26  exchange-ratio    T04     UNDETERMINED                   Israel  no account: needs reports of both the hostages released in the deal and the prisoners released that day
                2023-11-27  daily-aid-trucks  T06     UNDETERMINED                   Israel  no account: needs a report of the aid trucks that entered Gaza that day
                2023-11-27  daily-fuel        T07     UNDETERMINED                   Israel  no account: needs a report of the litres of fuel that entered Gaza that day
                2023-11-27  exchange-ratio    T04     UNDETERMINED                   Israel  no account: needs reports of both the hostages released in the deal and the prisoners released that day
                2023-11-27  initial-hostages  T03     UNDETERMINED                   Hamas   no account: needs a report of the hostages released in the deal on each of pause days 1 to 4

                What each term requires (numbers are parameters of the clause index):
                  daily-aid-trucks  at least 200 aid trucks entering Gaza, fuel trucks included (read as 200-including-fuel); or at least 200 aid trucks entering Gaza besides trucks of fuel and cooking gas (read as 200-plus-fuel); or at least 300 aid trucks entering Gaza, fuel trucks included (read as 300-including-fuel)
                  daily-fuel        at least 130,000 litres of fuel entering Gaza
                  exchange-ratio    at least 3 prisoners released per hostage released in the deal
                  initial-hostages  at least 50 hostages released in the deal over pause days 1 to 4
                  release-order     nobody released ahead of a longer-serving eligible prisoner still held (read as order-of-release); or only the longest-serving of the eligible selected for release over the pause, whatever the day (read as selection-by-seniority)

                READINGS (a clause reported more than one way: every reading is evaluated, none is the default)
                  T05 extension-hostages
                    ten-per-added-day: {T05/0}
                    as-agreed-for-the-extension: {T05/1}
                  T06 daily-aid-trucks
                    200-including-fuel: {T06/0} Findings under it: 1 CONTESTED, 3 UNDETERMINED.
                    200-plus-fuel: {T06/1} Findings under it: 1 CONTESTED, 3 UNDETERMINED.
                    300-including-fuel: {T06/2} Findings under it: 1 VIOLATED, 3 UNDETERMINED.
                    daily-aid-trucks/2023-11-24: CONTESTED read as 200-including-fuel; CONTESTED read as 200-plus-fuel; VIOLATED read as 300-including-fuel
                  T12 release-order
                    order-of-release: {T12/0} Findings under it: 1 UNDETERMINED.
                    selection-by-seniority: {T12/1} Findings under it: 1 UNDETERMINED.
                  T14 handover-schedule
                    announced-time: {T14/0}
                    before-midnight: {T14/1}

                PROVENANCE (how each term's clause is known, as the clause index says)
                  T03 initial-hostages: both-parties (each party reported it in the same sense)
                  T04 exchange-ratio: both-parties (each party reported it in the same sense)
                  T06 daily-aid-trucks: disputed (the accounts of this clause differ)
                  T07 daily-fuel: mediators (reported by neither party; by the mediators)
                  T12 release-order: one-party, Hamas (of the parties, reported only by Hamas)

                14 findings: 1 COMPLIANT, 0 VIOLATED, 1 CONTESTED, 12 UNDETERMINED

                CLAIMS
                ID                    VERDICT        CLAIM AND WHAT IT RESTS ON
                c1                    CONTESTED      Hamas against Israel, 2023-11-24: daily-aid-trucks (T06 Daily aid trucks)
                                                     findings: daily-aid-trucks/2023-11-24
                c2                    UNDETERMINED   Israel against Hamas, 2023-11-25: T01 Pause length
                                                     no term models T01 (the clause index says why)
                c4                    UNDETERMINED   Israel against Hamas, 2023-11-25: T06 Daily aid trucks
                                                     no finding of daily-aid-trucks against Hamas on 2023-11-25
                claim-with-a-long-id  UNDETERMINED   Israel against Hamas, 2023-11-25, 2023-11-26: no clause of the agreement as reported
                                                     the claim concerns no clause of the agreement as reported

                Note: 2023-12-01 is not a pause day (the pause runs 2023-11-24 to 2023-11-27): no term applies to it
                """.replace("{T05/0}", said(report, "T05", 0)).replace("{T05/1}", said(report, "T05", 1))
                .replace("{T06/0}", said(report, "T06", 0)).replace("{T06/1}", said(report, "T06", 1)).replace("{T06/2}", said(report, "T06", 2))
                .replace("{T12/0}", said(report, "T12", 0)).replace("{T12/1}", said(report, "T12", 1))
                .replace("{T14/0}", said(report, "T14", 0)).replace("{T14/1}", said(report, "T14", 1)));
    }

    /** What a reading of the clause index says and who holds it, as the READINGS block gives them. */
    private static String said(Report report, String clause, int reading) {
        var r = report.readingsOf(clause).get(reading);
        return r.text() + " Held by " + String.join("; ", r.heldBy()) + ".";
    }

    @Test
    @DisplayName("a finding that only reports deciding nothing bear on is UNDETERMINED, and its summary says no report decides it and"
            + " why, not that there is no report; one such report short of the minimum decides it")
    void noReportDecidesIt() {
        // read as 200-plus-fuel only, 200 trucks or more of loads not given cannot show the minimum met besides the fuel trucks
        var f = facts();
        f.day("2023-11-24").trucks(250, "Monitor A").trucks(230, "Monitor B");
        f.day("2023-11-25").trucks(196, "Monitor A");
        String table = render(new TextReport(), BundledReports.check(f.build(), BundledReports.reading("T06", "200-plus-fuel")));
        String why = "their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those";
        assertThat(table.lines().filter(l -> l.matches("2023-11-\\d\\d  daily-aid-trucks .*")).toList()).containsExactly(
                "2023-11-24  daily-aid-trucks  T06     UNDETERMINED  Israel  no report decides it: 250 trucks, " + why + " / 230 trucks, " + why,
                "2023-11-25  daily-aid-trucks  T06     VIOLATED      Israel  196 trucks, their loads not given",
                "2023-11-26  daily-aid-trucks  T06     UNDETERMINED  Israel  no account: needs a report of the aid trucks that entered Gaza that day",
                "2023-11-27  daily-aid-trucks  T06     UNDETERMINED  Israel  no account: needs a report of the aid trucks that entered Gaza that day");

        String cut = summaryOf(render(new TextReport(100), BundledReports.check(f.build(), BundledReports.reading("T06", "200-plus-fuel"))),
                "daily-aid-trucks");
        assertThat(cut).hasSize(100).isEqualTo("2023-11-24  daily-aid-trucks  T06     UNDETERMINED  Israel  no report decides it: 250 trucks, their…");
    }

    @Test
    @DisplayName("a report built by hand: no title, narrow columns, two parties on a date, terms outside the index, claims of every kind")
    void handBuilt() {
        assertThat(render(new TextReport(), HandBuiltReport.report())).isEqualTo("""
                test-1
                Terms: Terms as told

                DATE        TERM       CLAUSE  STATUS        PARTY    WHAT THIS FACT SET SAYS
                2023-11-20  term-four  C4      CONTESTED     Party B  met / breached (2 accounts)
                2023-11-24  term-one   C1      COMPLIANT     Party A  met by the account
                2023-11-24  term-one   C1      VIOLATED      Party B  breached by the account / breached again (2 accounts)
                2023-12-05  term-four  C4      UNDETERMINED  Party B  UNDETERMINED summary of term-four/2023-12-05

                What each term requires (numbers are parameters of the clause index):
                  term-four  the requirement of term-four
                  term-one   the requirement of term-one

                4 findings: 1 COMPLIANT, 1 VIOLATED, 1 CONTESTED, 1 UNDETERMINED

                CLAIMS
                ID  VERDICT        CLAIM AND WHAT IT RESTS ON
                k1  NOT_SUPPORTED  Party B against Party A, 2023-11-24: C1 First term
                                   findings: term-one/2023-11-24/Party A, term-one/2023-11-23/Party A
                k2  SUPPORTED      Party A against Party B, 2023-11-24, 2023-11-25: term-one (C1 First term)
                                   findings: term-one/2023-11-24/Party B; no finding of term-one against Party B on 2023-11-25
                k3  UNDETERMINED   Party A against Party B, 2023-11-24: C2 Second clause
                                   no term models C2 (the clause index says why)
                k4  UNDETERMINED   Party A against Party B, 2023-11-24: no clause of the agreement as reported
                                   the claim concerns no clause of the agreement as reported
                k5  UNDETERMINED   Party A against Party B, 2023-11-24: rumour
                                   no finding of rumour against Party B on 2023-11-24

                Note: 2023-12-02 is not a pause day
                """);
    }

    @Test
    @DisplayName("a clause read two ways, what-if: the what-if lines under the header, CONTESTED (readings) in the status column,"
            + " each requirement with its reading, and READINGS with who holds each")
    void handBuiltWithReadings() {
        assertThat(render(new TextReport(), HandBuiltReport.withReadings())).isEqualTo("""
                test-1
                Terms: Terms as told
                what-if: term-three.days = 4, not as reported
                what-if: rules from my <rules>, not the bundled rule set

                DATE        TERM      CLAUSE  STATUS                PARTY    WHAT THIS FACT SET SAYS
                2023-11-24  term-one  C1      CONTESTED (readings)  Party A  2 of 2 / 2 of 3 (2 accounts)
                2023-11-24  term-one  C1      VIOLATED              Party B  1 of 2 / 1 of 3 (2 accounts)

                What each term requires (numbers are parameters of the clause index):
                  term-one  at least 2 (read as r-a); or at least 3 (read as r-b)

                READINGS (a clause reported more than one way: every reading is evaluated, none is the default)
                  C1 term-one
                    r-a: Read one way. Held by Holder A. Findings under it: 1 COMPLIANT, 1 VIOLATED.
                    r-b: Read <i>another</i> way. Held by Holder <b>B</b> | [x](javascript:alert(1)); Holder C. Findings under it: 2 VIOLATED.
                    term-one/2023-11-24/Party A: COMPLIANT read as r-a; VIOLATED read as r-b

                2 findings: 0 COMPLIANT, 1 VIOLATED, 1 CONTESTED, 0 UNDETERMINED
                """);
    }

    @Test
    @DisplayName("several reports follow one another, a blank line between; no claims, no claims table")
    void severalReports() {
        Report empty = BundledReports.check(facts().build());
        String one = render(new TextReport(), empty);
        assertThat(one).doesNotContain("CLAIMS").doesNotContain("Note:")
                .contains("\n13 findings: 0 COMPLIANT, 0 VIOLATED, 0 CONTESTED, 13 UNDETERMINED\n").endsWith("UNDETERMINED\n");
        assertThat(render(new TextReport(), empty, HandBuiltReport.report())).isEqualTo(one + "\n" + render(new TextReport(), HandBuiltReport.report()));
    }

    @Test
    @DisplayName("wrapping: words up to the width on a line, a longer word alone")
    void wrap() {
        assertThat(TextReport.wrap("aaa bbb ccc", 7)).containsExactly("aaa bbb", "ccc");
        assertThat(TextReport.wrap("aaa bbb ccc", 6)).containsExactly("aaa", "bbb", "ccc");
        assertThat(TextReport.wrap("aaaaaaaaaa b", 4)).as("a word longer than a line is cut").containsExactly("aaaa", "aaaa", "aa b");
        assertThat(TextReport.wrap("x as-agreed-for-the-extension: y", 12)).as("after a hyphen where it can")
                .containsExactly("x", "as-agreed-", "for-the-", "extension: y");
        assertThat(TextReport.wrap("", 4)).containsExactly("");
    }
}
