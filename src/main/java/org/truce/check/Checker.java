package org.truce.check;

import org.kie.api.definition.rule.Rule;
import org.truce.factset.Claim;
import org.truce.factset.Day;
import org.truce.factset.FactSet;
import org.truce.rulebook.ClauseIndex;
import org.truce.rulebook.RuleBook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Checks one fact set against a rule book: has the agreement's summariser summarise the reports into facts, lets the agreement's rules decide
 * where each term applies and what each account shows, and gathers the conclusions into findings and claim verdicts.
 */
public final class Checker {

    private final Summariser summariser;
    /** Told of every rule fired; null when no one asked. */
    private final Consumer<Rule> fired;

    /** A checker whose rule sessions get, besides the calendar and parameters, the facts of {@code summariser}. */
    public Checker(Summariser summariser) {
        this.summariser = summariser;
        this.fired = null;
    }

    /**
     * A checker that also tells {@code fired} of every rule activation that fired in the sessions whose conclusions the
     * check keeps (for rule coverage and tracing): as it fires in one session of every rule; after them, in the order they
     * fired, where the check evaluates each term file in a session of its own.
     */
    public Checker(Summariser summariser, Consumer<Rule> fired) {
        this.summariser = summariser;
        this.fired = java.util.Objects.requireNonNull(fired);
    }

    /** Checks with the parameters of the clause index. */
    public Report check(FactSet facts, RuleBook book) {
        return check(facts, book, Map.of());
    }

    /** Checks with the clause index's parameters, each of {@code overrides} replacing the one of its name. */
    public Report check(FactSet facts, RuleBook book, Map<String, Long> overrides) {
        return check(facts, book, new Scenario(overrides, Map.of(), null));
    }

    /**
     * Checks under {@code scenario}: the clause index's parameters, each override replacing the one of its name under
     * every reading; every reading of every clause, or only the one the scenario keeps of a clause.
     */
    public Report check(FactSet facts, RuleBook book, Scenario scenario) {
        ClauseIndex index = book.index();
        if (scenario.asOf() != null) {
            // What was known then: the agreement's local time gives a date its end, and later reports are set aside.
            java.time.ZoneOffset local = AsOf.local(index);
            scenario = scenario.withAsOf(scenario.asOf().in(local));
            facts = scenario.asOf().filter(facts, local);
        }
        InForce inForce = InForce.of(index, scenario);
        Calendar calendar = Calendar.of(index, facts);

        List<Object> summaries = summariser.facts(facts, calendar.pause(), calendar.days(), inForce.whole());
        List<Object> inputs = new ArrayList<>(summaries.size() + calendar.days().size() + 64);
        inputs.add(calendar.pause());
        inputs.addAll(calendar.days());
        inForce.readings().forEach(r -> inputs.add(new Reading(r.clause(), r.id())));
        inputs.addAll(inForce.parameters());
        inputs.addAll(summaries);
        Sessions.Outcome outcome = Sessions.run(book, inputs, fired);
        List<Obligation> obligations = outcome.obligations();

        // What the rules concluded, by obligation, once for the reports no rule decided and for the findings.
        Concluded concluded = Concluded.of(obligations, outcome.accounts(), outcome.undecided());
        Unread.of(summaries, concluded, () -> deciders(book, obligations));
        Map<String, String> speaksFor = new HashMap<>();
        facts.sources().forEach(src -> {
            if (src.party() != null) {
                speaksFor.put(src.id(), src.party());
            }
        });
        List<String> notes = new ArrayList<>(ReadingNotes.of(index, inForce.readings(), obligations));
        List<Finding> findings = withNotes(Findings.of(index, inForce.readings(), concluded, speaksFor), facts, notes);
        Map<FindingKey, Finding> byTermPartyDate = new HashMap<>();
        List<Finding> periods = new ArrayList<>();
        for (Finding f : findings) {
            if (f.overPeriod()) {
                periods.add(f);
            } else {
                byTermPartyDate.putIfAbsent(new FindingKey(f.term(), f.party(), f.date()), f);
            }
        }
        List<ClaimVerdict> claims = facts.claims().stream().map(c -> judge(c, index, byTermPartyDate, periods))
                .sorted(Comparator.comparing(v -> v.claim().id())).toList();
        facts.days().stream().map(Day::date).filter(d -> !calendar.contains(d)).sorted()
                .forEach(d -> notes.add(d + " is not a pause day (the pause runs " + calendar.pause().firstDay() + " to "
                        + calendar.pause().lastDay() + "): no term applies to it"));
        List<Finding> answered = withDefences(findings, claims, notes);
        return new Report(facts, index, inForce.whole(), calendar, summaries, answered, claims, notes, inForce.readings(), scenario);
    }

    /** By term, the names of its rules that made no obligation in this check, sorted: the rules that could decide a report. */
    private static Map<String, List<String>> deciders(RuleBook book, List<Obligation> obligations) {
        Set<String> applying = new java.util.HashSet<>();
        obligations.forEach(o -> applying.add(o.rule()));
        Map<String, List<String>> deciders = new HashMap<>();
        for (Rule rule : book.rules()) {
            String term = org.truce.rulebook.Metadata.term(rule);
            if (term != null && !applying.contains(rule.getName())) {
                deciders.computeIfAbsent(term, t -> new ArrayList<>()).add(rule.getName());
            }
        }
        deciders.values().forEach(Collections::sort);
        return deciders;
    }

    /**
     * The findings of one date, each with the day notes that name its term on its date, by source id, then text. A note that
     * names a term without a finding on its date bears on nothing this check shows: a note of the report says so.
     */
    private static List<Finding> withNotes(List<Finding> findings, FactSet facts, List<String> notes) {
        Map<FindingKey, List<Finding.Note>> byTermDate = new HashMap<>();
        for (Day day : facts.days()) {
            for (Day.DayNote n : day.notes()) {
                if (n.term() != null) {
                    byTermDate.computeIfAbsent(new FindingKey(n.term(), "", day.date()), k -> new ArrayList<>()).add(new Finding.Note(n.text(), n.source()));
                }
            }
        }
        if (byTermDate.isEmpty()) {
            return findings;
        }
        Set<FindingKey> shown = new java.util.HashSet<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            FindingKey key = new FindingKey(f.term(), "", f.date());
            // A day note bears on its day's finding, not on a period finding that starts that day.
            List<Finding.Note> of = f.overPeriod() ? null : byTermDate.get(key);
            if (of == null) {
                out.add(f);
            } else {
                out.add(f.withNotes(of.stream().sorted(Comparator.comparing(Finding.Note::source).thenComparing(Finding.Note::text)).toList()));
                shown.add(key);
            }
        }
        byTermDate.keySet().stream().filter(k -> !shown.contains(k))
                .sorted(Comparator.comparing(FindingKey::date).thenComparing(FindingKey::term))
                .forEach(k -> notes.add(byTermDate.get(k).size() + (byTermDate.get(k).size() == 1 ? " note" : " notes") + " of " + k.date()
                        + " bear" + (byTermDate.get(k).size() == 1 ? "s" : "") + " on " + k.term() + ", which has no finding that day"));
        return out;
    }

    /** An override (a {@code --set}) names a parameter the rule set does not have. */
    public static final class UnknownParameterException extends IllegalArgumentException {
        UnknownParameterException(String message) {
            super(message);
        }
    }

    /** A {@code --reading} names a clause without readings, or a reading its clause does not have. */
    public static final class UnknownReadingException extends IllegalArgumentException {
        UnknownReadingException(String message) {
            super(message);
        }
    }

    /**
     * The findings, each answered one with the defences of its party, in claim id order as the claims are.
     * A claim that answers no finding of this check, or one against another party than its author, is only a claim,
     * and a note says so.
     */
    private static List<Finding> withDefences(List<Finding> findings, List<ClaimVerdict> claims, List<String> notes) {
        Map<Finding, List<Finding.Defence>> defences = new IdentityHashMap<>();
        for (ClaimVerdict c : claims) {
            String answers = c.claim().answers();
            if (answers == null) {
                continue;
            }
            Finding answered = answered(findings, answers, c.claim().by());
            if (answered == null) {
                notes.add("claim " + c.claim().id() + " answers " + answers + ", which is not a finding of this check: it is shown as a claim only");
            } else if (!answered.party().equals(c.claim().by())) {
                notes.add("claim " + c.claim().id() + " answers " + answers + ", a finding against " + answered.party()
                        + ", not against its author " + c.claim().by() + ": it is shown as a claim only");
            } else {
                defences.computeIfAbsent(answered, f -> new ArrayList<>()).add(new Finding.Defence(c.claim().id(), c.claim().by(), c.verdict()));
            }
        }
        if (defences.isEmpty()) {
            return findings;
        }
        return findings.stream().map(f -> defences.containsKey(f) ? f.withDefences(defences.get(f)) : f).toList();
    }

    /**
     * The finding a {@code TERM/DATE[/PARTY]} id names: the one of that id, else the one of that term and date whose
     * party is the one named (or, with none named, the claim's author). Ids carry the party only where two parties have
     * findings of a term on one date, so an id written with or without it still finds its finding.
     */
    private static Finding answered(List<Finding> findings, String id, String author) {
        for (Finding f : findings) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        String[] parts = id.split("/", 3);
        String party = parts.length == 3 ? parts[2] : author;
        for (Finding f : findings) {
            if (parts.length >= 2 && f.term().equals(parts[0]) && f.date().toString().equals(parts[1]) && f.party().equals(party)) {
                return f;
            }
        }
        return null;
    }

    /** The first finding of a term, against a party, on a date: what a claim about that day is judged by. */
    private record FindingKey(String term, String party, LocalDate date) {
    }

    private static ClaimVerdict judge(Claim claim, ClauseIndex index, Map<FindingKey, Finding> findings, List<Finding> periods) {
        if (claim.term() == null) {
            return new ClaimVerdict(claim, Verdict.UNDETERMINED, List.of(),
                    "the claim concerns no clause of the agreement as reported");
        }
        var clause = index.clause(claim.term());
        if (clause.isPresent() && !clause.get().modelled()) {
            return new ClaimVerdict(claim, Verdict.UNDETERMINED, List.of(),
                    "clause " + clause.get().id() + " (" + clause.get().heading() + ") is not modelled: " + clause.get().notModelled());
        }
        String term = clause.map(ClauseIndex.Clause::term).orElse(claim.term());
        List<String> ids = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Status strongest = null;
        for (LocalDate date : claim.dates().stream().sorted().distinct().toList()) {
            Finding f = findings.get(new FindingKey(term, claim.against(), date));
            Status s = f == null ? Status.UNDETERMINED : f.status();
            if (f == null) {
                missing.add(date.toString());
            } else {
                ids.add(f.id());
            }
            // equivalent mutant: "<=" for "<" takes s when its rank equals the strongest's, and each status has a rank of its own: the same status
            strongest = strongest == null || rank(s) < rank(strongest) ? s : strongest;
        }
        // A claim whose dates cover every day of a period also takes the period finding's status.
        java.util.Set<LocalDate> dates = new java.util.HashSet<>(claim.dates());
        for (Finding f : periods) {
            if (f.term().equals(term) && f.party().equals(claim.against()) && f.date().datesUntil(f.to().plusDays(1)).allMatch(dates::contains)) {
                ids.add(f.id());
                strongest = strongest == null || rank(f.status()) < rank(strongest) ? f.status() : strongest;
            }
        }
        Verdict verdict = switch (strongest == null ? Status.UNDETERMINED : strongest) {
            case VIOLATED -> Verdict.SUPPORTED;
            case CONTESTED -> Verdict.CONTESTED;
            case UNDETERMINED -> Verdict.UNDETERMINED;
            case COMPLIANT -> Verdict.NOT_SUPPORTED;
        };
        String reason = missing.isEmpty() ? null
                : "no finding of " + term + " against " + claim.against() + " on " + String.join(", ", missing);
        return new ClaimVerdict(claim, verdict, ids, reason);
    }

    /** VIOLATED > CONTESTED > UNDETERMINED > COMPLIANT: the lower the rank, the stronger. */
    private static int rank(Status s) {
        return switch (s) {
            case VIOLATED -> 0;
            case CONTESTED -> 1;
            case UNDETERMINED -> 2;
            case COMPLIANT -> 3;
        };
    }
}
