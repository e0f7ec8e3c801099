package org.truce.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.report.BundledReports.render;

/** The Markdown report of a report built by hand, line by line. */
@DisplayName("The Markdown report, line by line: matrix columns, findings, claims of every kind, extensions, notes, sources")
class MarkdownReportLinesTest {

    @Test
    @DisplayName("a report built by hand: days before and after the pause get columns of their own, in date order")
    void handBuilt() {
        List<String> lines = Arrays.asList(render(new MarkdownReport(), HandBuiltReport.report()).split("\n", -1));
        // An extension agreed at no known time is listed first; how its date reads is not pinned here.
        int extensions = lines.indexOf("## Extensions and notes of the days");
        assertThat(lines.get(extensions + 2)).startsWith("- 1 day added, agreed ").endsWith(", according to Monitor D (s-d): date unknown");
        String shown = String.join("\n", lines.stream().filter(l -> !l.endsWith("(s-d): date unknown")).toList());
        assertThat(shown).isEqualTo("""
                # test-1

                Agreement `test-1`: Terms as told. Nobody published the text.

                Fact set: 4 sources, 1 days with reports, 4 extensions. Pause days: 9, 2023-11-20 to 2023-12-05. Parties: Party A, Party B.

                **4 findings:** ✓ 1 COMPLIANT · ✗ 1 VIOLATED · ± 1 CONTESTED · ? 1 UNDETERMINED

                ## Terms × pause days

                - ✓ **COMPLIANT**: every account of the reports shows the term met
                - ✗ **VIOLATED**: every account shows the term breached
                - ± **CONTESTED**: the accounts disagree (sources differ)
                - ? **UNDETERMINED**: there is no account: this fact set has no report of an input of the term that day, or none that decides it
                - — no finding: the term does not apply that day or needs a kind of report the fact set does not have

                | Term (clause, party bound) | Mon 20 Nov, day 8 | Fri 24 Nov, day 1 | Sat 25 Nov, day 2 | Sun 26 Nov, day 3 (extension) | Mon 27 Nov, day 4 (extension) | Tue 28 Nov, day 5 (extension) | Wed 29 Nov, day 6 (extension) | Thu 30 Nov, day 7 (extension) | Tue 5 Dec, day 9 |
                |---|:---:|:---:|:---:|:---:|:---:|:---:|:---:|:---:|:---:|
                | C1 First term (term-one, Party A and Party B) | — | ✓ COMPLIANT (Party A)<br>✗ VIOLATED (Party B) | — | — | — | — | — | — | — |
                | C3 Third term (term-three, Party B) | — | — | — | — | — | — | — | — | — |
                | C4 term-four (term-four, Party B) | ± CONTESTED | — | — | — | — | — | — | — | ? UNDETERMINED |

                ## Findings

                ### ± CONTESTED · 2023-11-20 · term-four (term-four/2023-11-20)

                - **Clause C4**, as reported by Monitor A
                - **Party bound:** Party B
                - **Summary:** CONTESTED summary of term-four/2023-11-20
                - **Accounts** (2):
                  - ✓ COMPLIANT: met, according to Monitor A (s-a)
                  - ✗ VIOLATED: breached, according to Monitor B (Party B spokesperson) (s-b)

                ### ✓ COMPLIANT · 2023-11-24 · term-one (term-one/2023-11-24/Party A)

                - **Clause C1 — First term**, as reported by Monitor A: "the first"
                - **Party bound:** Party A
                - **Summary:** COMPLIANT summary of term-one/2023-11-24/Party A
                - **Accounts** (1):
                  - ✓ COMPLIANT: met by the account, according to Monitor B (Party B spokesperson) (s-b); s-x (s-x)

                ### ✗ VIOLATED · 2023-11-24 · term-one (term-one/2023-11-24/Party B)

                - **Clause C1 — First term**, as reported by Monitor A: "the first"
                - **Party bound:** Party B
                - **Summary:** VIOLATED summary of term-one/2023-11-24/Party B
                - **Accounts** (2):
                  - ✗ VIOLATED: breached by the account, according to Monitor A (s-a)
                  - ✗ VIOLATED: breached again, according to Monitor C (s-c)

                ### ? UNDETERMINED · 2023-12-05 · term-four (term-four/2023-12-05)

                - **Clause C4**, as reported by Monitor A
                - **Party bound:** Party B
                - **Summary:** UNDETERMINED summary of term-four/2023-12-05
                - **Accounts:** none; nothing in this fact set could decide this term on this day

                ## Claims

                ### ✓ NOT_SUPPORTED · k1

                - **Party B** against **Party A**, about clause C1 (First term), on 2023-11-24
                - **Statement**, as reported by Monitor A (s-a): A said so.
                - **Rests on:** term-one/2023-11-24/Party A (✓ COMPLIANT), term-one/2023-11-23/Party A

                ### ✗ SUPPORTED · k2

                - **Party A** against **Party B**, about term-one, clause C1 (First term), on 2023-11-24, 2023-11-25
                - **Statement**, as reported by Monitor B (Party B spokesperson) (s-b): B did.
                - **Rests on:** term-one/2023-11-24/Party B (✗ VIOLATED)
                - **Why:** no finding of term-one against Party B on 2023-11-25

                ### ? UNDETERMINED · k3

                - **Party A** against **Party B**, about clause C2 (Second clause), on 2023-11-24
                - **Statement**, as reported by Monitor C (s-c): Late.
                - **Why:** clause C2 (Second clause) is not modelled: It sets the calendar.

                ### ? UNDETERMINED · k4

                - **Party A** against **Party B**, about no clause of the agreement as reported, on 2023-11-24
                - **Statement**, as reported by Monitor C (s-c): Wrong.
                - **Why:** the claim concerns no clause of the agreement as reported

                ### ? UNDETERMINED · k5

                - **Party A** against **Party B**, about rumour, on 2023-11-24
                - **Statement**, as reported by s-y (s-y): Odd.
                - **Why:** no finding of rumour against Party B on 2023-11-24

                ## Extensions and notes of the days

                - 1 day added, agreed 2023-11-25, according to Monitor A (s-a)
                - 1 day added, agreed 2023-11-25, according to Monitor C (s-c)
                - 2 days added, agreed 2023-11-26T20:00+02:00, according to Monitor B (Party B spokesperson) (s-b): two more days
                - **2023-11-24**, according to Monitor A (s-a): first note
                - **2023-11-24**, according to Monitor B (Party B spokesperson) (s-b): second note

                ## Notes of the check

                - 2023-12-02 is not a pause day

                ## Sources

                | Id | Publisher | Relays | Speaks for | Title | Address | Published |
                |---|---|---|---|---|---|---|
                | s-a | Monitor A |  |  | Own words | [https://example.org/a](https://example.org/a) | 2023-11-25 |
                | s-b | Monitor B | Party B spokesperson |  | Relayed |  |  |
                | s-c | Monitor C | Monitor C |  | Self-relayed |  |  |
                | s-d | Monitor D |    |  | Blank relay | ftp://example.org/d |  |
                """);
    }

    @Test
    @DisplayName("a clause read two ways, what-if: the what-if lines quoted under the title, CONTESTED (readings) in the matrix and"
            + " the headings, a Readings section per clause, each finding's status by reading, each account's reading; held-by text escaped")
    void handBuiltWithReadings() {
        String md = render(new MarkdownReport(), HandBuiltReport.withReadings());
        assertThat(md.substring(0, md.indexOf("## Claims"))).isEqualTo("""
                # test-1

                > **⚠ What-if run: not the analysis of the agreement as reported.** This run changed what was reported:
                >
                > - what-if: term-three.days = 4, not as reported
                > - what-if: rules from my \\<rules\\>, not the bundled rule set

                Agreement `test-1`: Terms as told. Nobody published the text.

                Fact set: 4 sources, 1 days with reports, 4 extensions. Pause days: 7, 2023-11-24 to 2023-11-30. Parties: Party A, Party B.

                **2 findings:** ✓ 0 COMPLIANT · ✗ 1 VIOLATED · ± 1 CONTESTED · ? 0 UNDETERMINED

                ## Terms × pause days

                - ✓ **COMPLIANT**: every account of the reports shows the term met
                - ✗ **VIOLATED**: every account shows the term breached
                - ± **CONTESTED**: the accounts disagree (sources differ)
                - ? **UNDETERMINED**: there is no account: this fact set has no report of an input of the term that day, or none that decides it
                - ± **CONTESTED (readings)**: the status depends on the reading of the clause: its readings, each evaluated, give different statuses (see *Readings* below)
                - — no finding: the term does not apply that day or needs a kind of report the fact set does not have

                | Term (clause, party bound) | Fri 24 Nov, day 1 | Sat 25 Nov, day 2 | Sun 26 Nov, day 3 (extension) | Mon 27 Nov, day 4 (extension) | Tue 28 Nov, day 5 (extension) | Wed 29 Nov, day 6 (extension) | Thu 30 Nov, day 7 (extension) |
                |---|:---:|:---:|:---:|:---:|:---:|:---:|:---:|
                | C1 First term (term-one, Party A and Party B) | ± CONTESTED (readings) (Party A)<br>✗ VIOLATED (Party B) | — | — | — | — | — | — |
                | C3 Third term (term-three, Party B) | — | — | — | — | — | — | — |

                ## Readings

                A clause reported more than one way has readings. Every reading in force is evaluated, side by side; none is the default. A finding whose status differs by reading is CONTESTED (readings), and each finding below shows its status under each reading.

                **Clause C1 — First term** (term-one)

                | Reading | What it says | Held by | Sources | Sets | Findings under it |
                |---|---|---|---|---|---|
                | r-a | Read one way. | Holder A | S1 | term-one.minimum = 2 | ✓ 1 COMPLIANT · ✗ 1 VIOLATED |
                | r-b | Read \\<i\\>another\\</i\\> way. | Holder \\<b\\>B\\</b\\> \\| \\[x\\](javascript:alert(1)); Holder C | S2, S3 | term-one.minimum = 3 | ✗ 2 VIOLATED |

                ## Findings

                ### ± CONTESTED (readings) · 2023-11-24 · term-one (term-one/2023-11-24/Party A)

                - **Clause C1 — First term**, as reported by Monitor A: "the first"
                - **Party bound:** Party A
                - **Summary:** 2 of 2 / 2 of 3 (2 accounts)
                - **Status by reading** (CONTESTED (readings): the status depends on the reading of the clause: its readings, each evaluated, give different statuses):

                | Reading | Status | Held by | Requires |
                |---|---|---|---|
                | r-a | ✓ COMPLIANT | Holder A | at least 2 |
                | r-b | ✗ VIOLATED | Holder \\<b\\>B\\</b\\> \\| \\[x\\](javascript:alert(1)); Holder C | at least 3 |

                - **Accounts** (2):
                  - ✓ COMPLIANT, read as r-a: 2 of 2, according to Monitor A (s-a)
                  - ✗ VIOLATED, read as r-b: 2 of 3, according to Monitor A (s-a)

                ### ✗ VIOLATED · 2023-11-24 · term-one (term-one/2023-11-24/Party B)

                - **Clause C1 — First term**, as reported by Monitor A: "the first"
                - **Party bound:** Party B
                - **Summary:** 1 of 2 / 1 of 3 (2 accounts)
                - **Status by reading**:

                | Reading | Status | Held by | Requires |
                |---|---|---|---|
                | r-a | ✗ VIOLATED | Holder A | at least 2 |
                | r-b | ✗ VIOLATED | Holder \\<b\\>B\\</b\\> \\| \\[x\\](javascript:alert(1)); Holder C | at least 3 |

                - **Accounts** (2):
                  - ✗ VIOLATED, read as r-a: 1 of 2, according to Monitor C (s-c)
                  - ✗ VIOLATED, read as r-b: 1 of 3, according to Monitor C (s-c)

                """);
    }

    @Test
    @DisplayName("reports that decide nothing are listed after the accounts, each with the reading it was read under, why and its"
            + " sources; a finding only they bear on says so in its summary; their text escaped")
    void handBuiltWithUndecided() {
        String md = render(new MarkdownReport(), HandBuiltReport.withUndecided());
        assertThat(md.lines().filter(l -> l.startsWith("| C3 "))).singleElement().asString()
                .isEqualTo("| C3 Third term (term-three, Party B) | ? UNDETERMINED | — | — | — | — | — | — |");
        assertThat(md.substring(md.indexOf("### ✗ VIOLATED · 2023-11-24"), md.indexOf("## Claims"))).endsWith("""
                - **Accounts** (2):
                  - ✗ VIOLATED, read as r-a: 1 of 2, according to Monitor C (s-c)
                  - ✗ VIOLATED, read as r-b: 1 of 3, according to Monitor C (s-c)
                - **Reports that decide nothing** (1):
                  - read as r-b: 2 trucks: the report cannot show 3, according to Monitor B (Party B spokesperson) (s-b)

                ### ? UNDETERMINED · 2023-11-24 · term-three (term-three/2023-11-24)

                - **Clause C3 — Third term**, as reported by Monitor C: "the third"
                - **Party bound:** Party B
                - **Summary:** no report decides it: 120 trucks, their loads \\<b\\>not\\</b\\> given \\| \\[x\\](javascript:alert(1)); requires the requirement of term-three
                - **Accounts:** none; nothing in this fact set could decide this term on this day
                - **Reports that decide nothing** (1):
                  - 120 trucks, their loads \\<b\\>not\\</b\\> given \\| \\[x\\](javascript:alert(1)), according to s-\\<z\\> (s-\\<z\\>); Monitor A (s-a)

                """);
        assertThat(render(new MarkdownReport(), HandBuiltReport.withReadings())).doesNotContain("decide nothing");
    }

    @Test
    @DisplayName("several reports are separated by a rule; a report without claims says so")
    void severalReports() {
        var empty = BundledReports.check(org.truce.testing.FactSetBuilder.facts().build());
        String one = render(new MarkdownReport(), empty);
        assertThat(one).contains("\n## Claims\n\nThe fact set records no claims.\n").doesNotContain("## Notes of the check");
        assertThat(render(new MarkdownReport(), empty, HandBuiltReport.report()))
                .isEqualTo(one + "\n---\n\n" + render(new MarkdownReport(), HandBuiltReport.report()));
    }
}
