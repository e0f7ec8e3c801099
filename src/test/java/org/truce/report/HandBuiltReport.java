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
                        new Source("s-a", "Monitor A", null, "Own words", "https://example.org/a", LocalDate.of(2023, 11, 25)),
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
}
