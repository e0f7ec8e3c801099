package org.truce.report;

import org.truce.check.ClaimVerdict;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.check.Status;
import org.truce.check.Verdict;
import org.truce.factset.Claim;
import org.truce.factset.Day;
import org.truce.factset.Extension;
import org.truce.factset.FactSet;
import org.truce.factset.Source;
import org.truce.rulebook.ClauseIndex;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A small report built by hand, not by the rules, with one of each thing a report shows: a fact set without a
 * title; sources relaying another's statement, their own, or nobody's; extensions in no order, agreed on a date,
 * at an instant or at no known time; day notes; two parties' findings of one term on one date; a finding of a
 * term the clause index does not model, dated before and after the pause; claims about a clause, a term, an unmodelled
 * clause, no clause and an unknown word; no parameters, so no chart has a required level.
 */
final class HandBuiltReport {

    private HandBuiltReport() {
    }

    static final LocalDate DAY_1 = LocalDate.of(2023, 11, 24);

    static ClauseIndex index() {
        return new ClauseIndex("test-1", "Terms as told", "Nobody published the text.", List.of("Party A", "Party B"),
                new ClauseIndex.PauseTerms("2023-11-24T07:00+02:00", 2, List.of()), List.of(), List.of(
                new ClauseIndex.Clause("C1", "First term", "\"the first\"", List.of("Monitor A"), List.of(), false, null, null, "a",
                        "Party A and Party B", "term-one", null),
                new ClauseIndex.Clause("C2", "Second clause", "\"the second\"", List.of("Monitor B", "Monitor C"), List.of(), true,
                        "disputed", null, "a", "Party B", null, "It sets the calendar."),
                new ClauseIndex.Clause("C3", "Third term", "\"the third\"", List.of("Monitor C"), List.of(), false, null, null, "a",
                        "Party B", "term-three", null)));
    }

    static FactSet facts() {
        return new FactSet("truce-facts/1", "test-1", null,
                List.of(new Source("s-d", "Monitor D", "  ", "Blank relay", "ftp://example.org/d", null),
                        new Source("s-a", "Monitor A", null, "Own words", "https://example.org/a", org.truce.factset.Published.on(LocalDate.of(2023, 11, 25))),
                        new Source("s-b", "Monitor B", "Party B spokesperson", "Relayed", null, null),
                        new Source("s-c", "Monitor C", "Monitor C", "Self-relayed", null, null)),
                List.of(new Extension(OffsetDateTime.parse("2023-11-26T20:00+02:00"), null, 2, "s-b", "two more days"),
                        new Extension(null, LocalDate.of(2023, 11, 25), 1, "s-c", null),
                        new Extension(null, LocalDate.of(2023, 11, 25), 1, "s-a", null),
                        new Extension(null, null, 1, "s-d", "date unknown")),
                List.of(),
                List.of(new Day(DAY_1, List.of(), List.of(), List.of(new Day.AidTruckReport(120, "s-a", null)), List.of(), List.of(),
                        List.of(new Day.DayNote("second note", "s-b"), new Day.DayNote("first note", "s-a")))),
                List.of());
    }

    static Finding finding(String term, String clause, LocalDate date, String party, Status status, List<Finding.Account> accounts) {
        String id = term + "/" + date + (term.equals("term-one") ? "/" + party : "");
        return new Finding(id, term, clause, List.of("Monitor A"), false, null, null, date, party, status,
                status + " summary of " + id, accounts, "rule of " + id, "the requirement of " + term, List.of());
    }

    static Report report() {
        Finding oneA = finding("term-one", "C1", DAY_1, "Party A", Status.COMPLIANT,
                List.of(new Finding.Account(List.of("s-b", "s-x"), Status.COMPLIANT, "met by the account", "rule 1")));
        Finding oneB = finding("term-one", "C1", DAY_1, "Party B", Status.VIOLATED,
                List.of(new Finding.Account(List.of("s-a"), Status.VIOLATED, "breached by the account", "rule 2"),
                        new Finding.Account(List.of("s-c"), Status.VIOLATED, "breached again", "rule 2")));
        Finding early = finding("term-four", "C4", LocalDate.of(2023, 11, 20), "Party B", Status.CONTESTED,
                List.of(new Finding.Account(List.of("s-a"), Status.COMPLIANT, "met", "rule 3"),
                        new Finding.Account(List.of("s-b"), Status.VIOLATED, "breached", "rule 4")));
        Finding late = finding("term-four", "C4", LocalDate.of(2023, 12, 5), "Party B", Status.UNDETERMINED, List.of());
        List<Finding> findings = List.of(early, oneA, oneB, late);
        List<LocalDate> days = List.of(DAY_1);
        List<ClaimVerdict> claims = List.of(
                new ClaimVerdict(new Claim("k1", "Party B", "Party A", "C1", days, "A said so.", "s-a", null), Verdict.NOT_SUPPORTED,
                        List.of(oneA.id(), "term-one/2023-11-23/Party A"), null),
                new ClaimVerdict(new Claim("k2", "Party A", "Party B", "term-one", List.of(LocalDate.of(2023, 11, 25), DAY_1), "B did.", "s-b", null),
                        Verdict.SUPPORTED, List.of(oneB.id()), "no finding of term-one against Party B on 2023-11-25"),
                new ClaimVerdict(new Claim("k3", "Party A", "Party B", "C2", days, "Late.", "s-c", null), Verdict.UNDETERMINED, List.of(),
                        "clause C2 (Second clause) is not modelled: It sets the calendar."),
                new ClaimVerdict(new Claim("k4", "Party A", "Party B", null, days, "Wrong.", "s-c", null), Verdict.UNDETERMINED, List.of(),
                        "the claim concerns no clause of the agreement as reported"),
                new ClaimVerdict(new Claim("k5", "Party A", "Party B", "rumour", days, "Odd.", "s-y", null), Verdict.UNDETERMINED, List.of(),
                        "no finding of rumour against Party B on 2023-11-24"));
        return new Report(facts(), index(), Map.of(), org.truce.check.Calendars.of(index(), facts()), List.of(), findings, claims, List.of("2023-12-02 is not a pause day"));
    }

    /** Who holds reading r-b of C1: text a page must show as text, never as markup. */
    static final String HOLDER_B = "Holder <b>B</b> | [x](javascript:alert(1))";

    /** The index of {@link #index()} with two readings of C1, the second held by {@link #HOLDER_B}. */
    static ClauseIndex indexWithReadings() {
        ClauseIndex plain = index();
        List<ClauseIndex.Clause> clauses = plain.clauses().stream().map(c -> !c.id().equals("C1") ? c
                : new ClauseIndex.Clause(c.id(), c.heading(), c.text(), c.reportedBy(), c.sources(), c.disputed(), c.provenance(),
                c.provenanceParty(), c.accounts(), c.party(), c.term(), c.notModelled(), List.of(
                new ClauseIndex.ReadingSpec("r-a", "Read one way.", List.of("Holder A"), List.of("S1"), Map.of("term-one.minimum", 2L)),
                new ClauseIndex.ReadingSpec("r-b", "Read <i>another</i> way.", List.of(HOLDER_B, "Holder C"), List.of("S2", "S3"),
                        Map.of("term-one.minimum", 3L))))).toList();
        return new ClauseIndex(plain.agreement(), plain.title(), plain.note(), plain.parties(), plain.pause(),
                List.of(new ClauseIndex.ParameterSpec("term-one.minimum", null, "C1", "the minimum of term one, set by each reading"),
                        new ClauseIndex.ParameterSpec("term-three.days", 1L, "C3", "the days of term three")), clauses);
    }

    /**
     * A report of one clause read two ways, what-if: C1's two readings in force, its finding against Party A CONTESTED
     * because the readings disagree (each of its accounts under one reading), its finding against Party B VIOLATED
     * under both; a parameter of another clause set by hand, and rules from a folder of the user's.
     */
    static Report withReadings() {
        ClauseIndex index = indexWithReadings();
        List<org.truce.check.ReadingInForce> readings = List.of(
                new org.truce.check.ReadingInForce("C1", "r-a", "Read one way.", List.of("Holder A"), List.of("S1"), Map.of("term-one.minimum", 2L)),
                new org.truce.check.ReadingInForce("C1", "r-b", "Read <i>another</i> way.", List.of(HOLDER_B, "Holder C"), List.of("S2", "S3"),
                        Map.of("term-one.minimum", 3L)));
        Finding oneA = new Finding("term-one/2023-11-24/Party A", "term-one", "C1", List.of("Monitor A"), false, null, null, DAY_1, "Party A",
                Status.CONTESTED, "2 of 2 / 2 of 3 (2 accounts)",
                List.of(new Finding.Account(List.of("s-a"), Status.COMPLIANT, "2 of 2", "rule 1", "r-a"),
                        new Finding.Account(List.of("s-a"), Status.VIOLATED, "2 of 3", "rule 2", "r-b")),
                "rule 2", "at least 2 (read as r-a); or at least 3 (read as r-b)", List.of(),
                List.of(new Finding.ReadingStatus("r-a", Status.COMPLIANT, List.of("Holder A"), "at least 2"),
                        new Finding.ReadingStatus("r-b", Status.VIOLATED, List.of(HOLDER_B, "Holder C"), "at least 3")),
                List.of("readings"), List.of());
        Finding oneB = new Finding("term-one/2023-11-24/Party B", "term-one", "C1", List.of("Monitor A"), false, null, null, DAY_1, "Party B",
                Status.VIOLATED, "1 of 2 / 1 of 3 (2 accounts)",
                List.of(new Finding.Account(List.of("s-c"), Status.VIOLATED, "1 of 2", "rule 2", "r-a"),
                        new Finding.Account(List.of("s-c"), Status.VIOLATED, "1 of 3", "rule 2", "r-b")),
                "rule 2", "at least 2 (read as r-a); or at least 3 (read as r-b)", List.of(),
                List.of(new Finding.ReadingStatus("r-a", Status.VIOLATED, List.of("Holder A"), "at least 2"),
                        new Finding.ReadingStatus("r-b", Status.VIOLATED, List.of(HOLDER_B, "Holder C"), "at least 3")),
                List.of(), List.of());
        // term-one.minimum differs by reading, so only term-three.days, set by hand, has one value in the run
        return new Report(facts(), index, Map.of("term-three.days", 4L), org.truce.check.Calendars.of(index, facts()), List.of(),
                List.of(oneA, oneB), List.of(), List.of(), readings,
                new org.truce.check.Scenario(Map.of("term-three.days", 4L), Map.of(), "my <rules>"));
    }

    /** Why a report decided nothing, as a rule of the user's might put it: text a page must show as text, never as markup. */
    static final String WHY = "120 trucks, their loads <b>not</b> given | [x](javascript:alert(1))";

    /**
     * The report of {@link #withReadings()}, run as reported, with reports that decide nothing: against Party B, besides
     * its two accounts, one of Monitor B that decides nothing read as r-b; and a finding of C3 that only such a report
     * bears on, so UNDETERMINED, resting on Monitor A's report and on a source the fact set does not have (s-&lt;z&gt;),
     * read under no reading, with {@link #WHY}.
     */
    static Report withUndecided() {
        Report read = withReadings();
        Finding oneB = read.findings().get(1);
        Finding undecidedB = new Finding(oneB.id(), oneB.term(), oneB.clause(), oneB.clauseReportedBy(), oneB.clauseDisputed(),
                oneB.clauseProvenance(), oneB.clauseProvenanceParty(), oneB.date(), oneB.party(), oneB.status(),
                "1 of 2 / 1 of 3 (2 accounts; 1 report decides nothing)",
                oneB.accounts(), oneB.rule(), oneB.requirement(), oneB.defences(), oneB.readings(), oneB.contestedBy(),
                List.of(new Finding.Undecided(List.of("s-b"), "r-b", "2 trucks: the report cannot show 3", "rule 5")));
        Finding three = new Finding("term-three/2023-11-24", "term-three", "C3", List.of("Monitor C"), false, null, null, DAY_1, "Party B",
                Status.UNDETERMINED, "no report decides it: " + WHY + "; requires the requirement of term-three", List.of(), "rule 6",
                "the requirement of term-three", List.of(), List.of(), List.of(),
                List.of(new Finding.Undecided(List.of("s-<z>", "s-a"), null, WHY, "rule <6>")));
        return new Report(read.facts(), read.index(), Map.of(), read.calendar(), List.of(), List.of(read.findings().get(0), undecidedB, three),
                List.of(), List.of(), read.readings(), org.truce.check.Scenario.AS_REPORTED);
    }
}
