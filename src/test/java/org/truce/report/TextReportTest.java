package org.truce.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Report;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.report.BundledReports.render;
import static org.truce.testing.FactSetBuilder.facts;

/** The table for a terminal, line by line: what a user reads after {@code truce check FILE}. */
@DisplayName("The text report: a findings table, what each term requires, the counts, the claims and the notes")
class TextReportTest {

    @Test
    @DisplayName("a small check, every line: contested and compliant findings, undetermined ones, claims of each kind, a note")
    void smallCheck() {
        var f = facts();
        f.day("2023-11-24").trucks(150, "Monitor A").trucks(210, "Monitor B").hostages(13, "Monitor A").prisoners(39, "Monitor A");
        f.day("2023-12-01").trucks(5, "Monitor A");
        f.claim("c1", "Hamas", "Israel", "daily-aid-trucks", List.of(LocalDate.parse("2023-11-24")), "Monitor C");
        f.claim("c2", "Israel", "Hamas", "T01", List.of(LocalDate.parse("2023-11-25")), "Monitor C");
        f.claim("claim-with-a-long-id", "Israel", "Hamas", null, List.of(LocalDate.parse("2023-11-26"), LocalDate.parse("2023-11-25")), "Monitor C");
        f.claim("c4", "Israel", "Hamas", "T06", List.of(LocalDate.parse("2023-11-25")), "Monitor C");
        assertThat(render(new TextReport(), BundledReports.check(f.build()))).isEqualTo("""
                gaza-2023-11 — test fact set
                Terms as reported: November 2023 Israel–Hamas humanitarian pause, terms as reported

                DATE        TERM              CLAUSE  STATUS        PARTY   WHAT THE REPORTS SAY
                2023-11-24  daily-aid-trucks  T06     CONTESTED     Israel  150 trucks / 210 trucks (2 accounts)
                2023-11-24  exchange-ratio    T04     COMPLIANT     Israel  13 hostages, 39 prisoners
                2023-11-24  release-order     T12     UNDETERMINED  Israel  no account: needs a list by id of those released; counts cannot show the order
                2023-11-25  daily-aid-trucks  T06     UNDETERMINED  Israel  no account: needs a report of the aid trucks that entered Gaza that day
                2023-11-25  exchange-ratio    T04     UNDETERMINED  Israel  no account: needs reports of both the hostages released in the deal and the pri…
                2023-11-26  daily-aid-trucks  T06     UNDETERMINED  Israel  no account: needs a report of the aid trucks that entered Gaza that day
                2023-11-26  exchange-ratio    T04     UNDETERMINED  Israel  no account: needs reports of both the hostages released in the deal and the pri…
                2023-11-27  daily-aid-trucks  T06     UNDETERMINED  Israel  no account: needs a report of the aid trucks that entered Gaza that day
                2023-11-27  exchange-ratio    T04     UNDETERMINED  Israel  no account: needs reports of both the hostages released in the deal and the pri…
                2023-11-27  initial-hostages  T03     UNDETERMINED  Hamas   no account: needs a report of the hostages released in the deal on each of paus…

                What each term requires (numbers are parameters of the clause index):
                  daily-aid-trucks  at least 200 aid trucks entering Gaza
                  exchange-ratio    at least 3 prisoners released per hostage released in the deal
                  initial-hostages  at least 50 hostages released in the deal over pause days 1 to 4
                  release-order     nobody released ahead of a longer-serving eligible prisoner still held

                10 findings: 1 COMPLIANT, 0 VIOLATED, 1 CONTESTED, 8 UNDETERMINED

                CLAIMS
                ID                    VERDICT        CLAIM AND WHAT IT RESTS ON
                c1                    CONTESTED      Hamas against Israel, 2023-11-24: daily-aid-trucks (T06 Daily aid trucks)
                                                     findings: daily-aid-trucks/2023-11-24
                c2                    UNDETERMINED   Israel against Hamas, 2023-11-25: T01 Pause length
                                                     no term models T01 (the clause index says why)
                c4                    UNDETERMINED   Israel against Hamas, 2023-11-25: T06 Daily aid trucks
                                                     no finding of daily-aid-trucks against Hamas on 2023-11-25
                claim-with-a-long-id  UNDETERMINED   Israel against Hamas, 2023-11-25, 2023-11-26: no clause of the agreement as
                                                     reported
                                                     the claim concerns no clause of the agreement as reported

                Note: 2023-12-01 is not a pause day (the pause runs 2023-11-24 to 2023-11-27): no term applies to it
                """);
    }

    @Test
    @DisplayName("a report built by hand: no title, narrow columns, two parties on a date, terms outside the index, claims of every kind")
    void handBuilt() {
        assertThat(render(new TextReport(), HandBuiltReport.report())).isEqualTo("""
                test-1
                Terms as reported: Terms as told

                DATE        TERM       CLAUSE  STATUS        PARTY    WHAT THE REPORTS SAY
                2023-11-20  term-four  C4      CONTESTED     Party B  met / breached (2 accounts)
                2023-11-24  term-one   C1      COMPLIANT     Party A  met by the account
                2023-11-24  term-one   C1      VIOLATED      Party B  breached by the account / breached again (2 accounts)
                2023-12-05  term-four  C4      UNDETERMINED  Party B  no account: UNDETERMINED summary of term-four/2023-12-05

                What each term requires (numbers are parameters of the clause index):
                  term-four  the requirement of term-four
                  term-one   the requirement of term-one

                4 findings: 1 COMPLIANT, 1 VIOLATED, 1 CONTESTED, 1 UNDETERMINED

                CLAIMS
                ID  VERDICT        CLAIM AND WHAT IT RESTS ON
                k1  NOT_SUPPORTED  Party B against Party A, 2023-11-24: C1 First term
                                   findings: term-one/2023-11-24/Party A, term-one/2023-11-23/Party A
                k2  SUPPORTED      Party A against Party B, 2023-11-24, 2023-11-25: term-one (C1 First term)
                                   findings: term-one/2023-11-24/Party B; no finding of term-one against Party B on
                                   2023-11-25
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
    @DisplayName("several reports follow one another, a blank line between; no claims, no claims table")
    void severalReports() {
        Report empty = BundledReports.check(facts().build());
        String one = render(new TextReport(), empty);
        assertThat(one).doesNotContain("CLAIMS").doesNotContain("Note:")
                .contains("\n9 findings: 0 COMPLIANT, 0 VIOLATED, 0 CONTESTED, 9 UNDETERMINED\n").endsWith("UNDETERMINED\n");
        assertThat(render(new TextReport(), empty, HandBuiltReport.report())).isEqualTo(one + "\n" + render(new TextReport(), HandBuiltReport.report()));
    }

    @Test
    @DisplayName("a summary of exactly 80 characters is shown whole; 81 are cut to 79 and an ellipsis")
    void summaryWidth() {
        for (int length : new int[] {80, 81}) {
            var report = HandBuiltReport.report();
            var f = report.findings().get(1);
            String detail = "x".repeat(length);
            var finding = new org.truce.check.Finding(f.id(), f.term(), f.clause(), f.clauseReportedBy(), f.clauseDisputed(), f.date(),
                    f.party(), f.status(), f.summary(), List.of(new org.truce.check.Finding.Account(List.of("s-a"), f.status(), detail, "r")),
                    f.rule(), f.requirement());
            String text = render(new TextReport(), new Report(report.facts(), report.index(), report.parameters(), List.of(finding),
                    List.of(), List.of()));
            assertThat(text).contains("Party A  " + (length == 80 ? detail : "x".repeat(79) + "…") + "\n");
        }
    }

    @Test
    @DisplayName("wrapping: words up to the width on a line, a longer word alone")
    void wrap() {
        assertThat(TextReport.wrap("aaa bbb ccc", 7)).containsExactly("aaa bbb", "ccc");
        assertThat(TextReport.wrap("aaa bbb ccc", 6)).containsExactly("aaa", "bbb", "ccc");
        assertThat(TextReport.wrap("aaaaaaaaaa b", 4)).containsExactly("aaaaaaaaaa", "b");
        assertThat(TextReport.wrap("", 4)).containsExactly("");
    }
}
