package org.truce.check;

import org.truce.rulebook.ClauseIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Gathers what the rules concluded into findings: one per term, date and party, whatever the reading. A finding's
 * status combines all its accounts (docs/report-format.md, "Status: how accounts combine"); where the clause has
 * readings, each reading's status combines that reading's accounts, the finding's status is the one they all share or
 * else CONTESTED, and a CONTESTED finding says whether the readings, the sources, or both disagree.
 */
final class Findings {

    private static final Comparator<List<String>> BY_SOURCES = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };
    private static final Comparator<Finding.Account> ACCOUNTS = Comparator.comparing(Finding.Account::sources, BY_SOURCES)
            .thenComparing(Finding.Account::reading, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding.Account::detail);
    static final Comparator<Obligation> BY_READING = Comparator.comparing(Obligation::reading, Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final Comparator<Obligation> FIRST = BY_READING.thenComparing(Obligation::rule);
    private static final Comparator<Finding.Undecided> UNDECIDED = Comparator.comparing(Finding.Undecided::sources, BY_SOURCES)
            .thenComparing(Finding.Undecided::reading, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding.Undecided::why);

    private Findings() {
    }

    /** The term, date and party a finding is of. */
    private record Key(String term, java.time.LocalDate date, String party, java.time.LocalDate to) {
    }

    /** What one finding gathers: its obligations, accounts and undecided reports, in session order. */
    private static final class Group {
        final Key key;
        final List<Obligation> obligations = new ArrayList<>(2);
        final List<Account> accounts = new ArrayList<>(4);
        List<Undecided> undecided = List.of();

        Group(Key key) {
            this.key = key;
        }
    }

    /**
     * Findings in report order: by date, then term, then party (as their ids: a party's id ends in its name); a period
     * finding after the day findings of its term and first day, the shorter period first.
     */
    private static int byDateTermParty(Group a, Group b) {
        int c = a.key.date().compareTo(b.key.date());
        if (c == 0) {
            c = a.key.term().compareTo(b.key.term());
        }
        if (c == 0) {
            c = Comparator.nullsFirst(java.time.LocalDate::compareTo).compare(a.key.to(), b.key.to());
        }
        return c != 0 ? c : a.key.party().compareTo(b.key.party());
    }

    /** Findings, each account marked self-reported where every source relays ({@code speaksFor}: source id → party) the party it favours. */
    /** What a reading requires of a finding on a date it judges nothing: it judges the term on other dates. */
    static final String NOT_DUE = "nothing on this date: this reading judges the term on other dates";

    static List<Finding> of(ClauseIndex index, List<ReadingInForce> readings, List<Obligation> obligations, List<Account> accounts,
                            List<Undecided> undecided, Map<String, String> speaksFor) {
        return of(index, readings, Concluded.of(obligations, accounts, undecided), speaksFor);
    }

    static List<Finding> of(ClauseIndex index, List<ReadingInForce> readings, Concluded concluded, Map<String, String> speaksFor) {
        Map<String, ClauseIndex.Clause> clauses = new HashMap<>();
        index.clauses().forEach(c -> clauses.putIfAbsent(c.id(), c));
        Map<String, List<ReadingInForce>> readingsOf = new HashMap<>();
        readings.stream().sorted(Comparator.comparing(ReadingInForce::id))
                .forEach(r -> readingsOf.computeIfAbsent(r.clause(), x -> new ArrayList<>()).add(r));
        // One pass: each obligation to its finding's group, those the session holds first; accounts and undecided
        // reports, in their order, reach theirs through their obligation.
        Map<Key, Group> byKey = new HashMap<>();
        // Per clause, the readings under which some rule made an obligation, on any date.
        Map<String, Set<String>> evaluatedOf = new HashMap<>();
        for (Concluded.Of of : concluded.obligations) {
            Obligation o = of.obligation;
            if (of.held && o.reading() != null) {
                evaluatedOf.computeIfAbsent(o.clause(), x -> new java.util.HashSet<>()).add(o.reading());
            }
            // an obligation the session no longer holds (a rule retracted it) that an account names: its own finding still
            of.group = group(byKey, clauses, o);
        }
        for (int i = 0; i < concluded.accountOf.length; i++) {
            ((Group) concluded.accountOf[i].group).accounts.add(concluded.accounts.get(i));
        }
        for (int i = 0; i < concluded.undecided.size(); i++) {
            Group g = (Group) concluded.undecidedOf.get(i).group;
            if (g.undecided.isEmpty()) {
                g.undecided = new ArrayList<>(2);
            }
            g.undecided.add(concluded.undecided.get(i));
        }
        List<Group> groups = new ArrayList<>(byKey.values());
        groups.sort(Findings::byDateTermParty);

        List<Finding> findings = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            Key k = g.key;
            // The obligation a finding with no account takes its rule and what it needs from: the least by reading and rule,
            // not the first the session happened to list, so that a report is the same every run.
            Obligation first = g.obligations.get(0);
            for (Obligation o : g.obligations) {
                if (FIRST.compare(o, first) < 0) {
                    first = o;
                }
            }
            ClauseIndex.Clause clause = clauses.get(first.clause());
            if (clause == null) {
                throw new IllegalStateException("rule \"" + first.rule() + "\" names clause " + first.clause() + ", which the clause index lacks");
            }
            // Where two parties have findings of a term on a date (neighbours in this order), the ids name the party.
            boolean shared = i > 0 && sameTermAndDate(groups.get(i - 1), g) || i + 1 < groups.size() && sameTermAndDate(g, groups.get(i + 1));
            String id = k.term() + "/" + k.date() + (k.to() == null ? "" : ".." + k.to()) + (shared ? "/" + k.party() : "");
            List<Finding.Account> shown = new ArrayList<>(g.accounts.size());
            for (Account a : g.accounts) {
                shown.add(new Finding.Account(a.sources(), a.status(), a.detail(), a.rule(), a.obligation().reading(),
                        !speaksFor.isEmpty() && selfReported(a.status(), a.sources(), k.party(), speaksFor)));
            }
            if (shown.size() > 1) {
                shown.sort(ACCOUNTS);
            }
            // Readings only where a rule made the finding's obligations under them: a rule set whose rules ignore the
            // readings of a clause (a note says so) has findings as for a clause reported one way.
            boolean underReadings = false;
            for (Obligation o : g.obligations) {
                underReadings |= o.reading() != null;
            }
            List<Finding.ReadingStatus> byReading = underReadings
                    ? byReading(readingsOf.getOrDefault(clause.id(), List.of()), evaluatedOf.getOrDefault(clause.id(), Set.of()), g.obligations, shown)
                    : List.of();
            Status status = byReading.isEmpty() ? statusOf(shown, null, false) : combined(byReading);
            String requirement = FindingText.requirement(g.obligations, byReading);
            String rule = shown.isEmpty() ? first.rule() : shown.get(0).rule();
            for (Finding.Account a : shown) {
                if (a.status() == Status.VIOLATED) {
                    rule = a.rule();
                    break;
                }
            }
            List<Finding.Undecided> open = List.of();
            if (!g.undecided.isEmpty()) {
                List<Finding.Undecided> list = new ArrayList<>(g.undecided.size());
                for (Undecided u : g.undecided) {
                    list.add(new Finding.Undecided(u.sources(), u.obligation().reading(), u.why(), u.rule()));
                }
                list.sort(UNDECIDED);
                open = List.copyOf(list);
            }
            findings.add(new Finding(id, k.term(), first.clause(), clause.reportedBy(), clause.disputed(), clause.provenance(),
                    clause.provenanceParty(), k.date(), k.party(), status, FindingText.summary(first.needs(), requirement, status, shown, open),
                    List.copyOf(shown), rule, requirement, List.of(), byReading, contestedBy(status, byReading), open, List.of(), k.to()));
        }
        return findings;
    }

    /**
     * True when the account rests only on the word of an interested party: every source relays the party its status
     * favours. A COMPLIANT account favours the party bound, so it is self-reported when every source relays that party; a
     * VIOLATED account favours the other side, so it is self-reported when every source relays a party other than the one
     * bound. The same rule for every party. One source that relays no party (an agency, a mediator, the press) or the
     * party the status goes against (an admission, against interest) is enough for an account not to be.
     */
    static boolean selfReported(Status status, List<String> sources, String bound, Map<String, String> speaksFor) {
        if (sources.isEmpty() || (status != Status.COMPLIANT && status != Status.VIOLATED)) {
            return false;
        }
        for (String source : sources) {
            String party = speaksFor.get(source);
            if (party == null || party.equals(bound) != (status == Status.COMPLIANT)) {
                return false;
            }
        }
        return true;
    }

    private static Group group(Map<Key, Group> byKey, Map<String, ClauseIndex.Clause> clauses, Obligation o) {
        Group g = byKey.computeIfAbsent(new Key(o.term(), o.date(), party(clauses, o), o.to()), Group::new);
        g.obligations.add(o);
        return g;
    }

    private static boolean sameTermAndDate(Group a, Group b) {
        return a.key.date().equals(b.key.date()) && a.key.term().equals(b.key.term()) && Objects.equals(a.key.to(), b.key.to());
    }

    /** The status the accounts combine to: all of them, or ({@code filter}) those under one reading (as {@link Status#of}). */
    private static Status statusOf(List<Finding.Account> accounts, String reading, boolean filter) {
        boolean met = false;
        boolean breached = false;
        for (Finding.Account a : accounts) {
            if (!filter || reading.equals(a.reading())) {
                met |= a.status() == Status.COMPLIANT;
                breached |= a.status() == Status.VIOLATED;
            }
        }
        return met && breached ? Status.CONTESTED : met ? Status.COMPLIANT : breached ? Status.VIOLATED : Status.UNDETERMINED;
    }

    /**
     * Each reading in force of the clause under which a rule made an obligation of this finding, by id, with the status
     * its accounts combine to (UNDETERMINED with none).
     */
    private static List<Finding.ReadingStatus> byReading(List<ReadingInForce> ofClause, Set<String> evaluated, List<Obligation> obligations,
                                                         List<Finding.Account> accounts) {
        List<Finding.ReadingStatus> out = new ArrayList<>(ofClause.size());
        List<ReadingInForce> notDue = new ArrayList<>(0);
        for (ReadingInForce r : ofClause) {
            String requirement = null;
            for (Obligation o : obligations) {
                if (r.id().equals(o.reading())) {
                    requirement = o.requirement();
                    break;
                }
            }
            if (requirement == null && evaluated.contains(r.id())) {
                // The reading requires nothing of this finding's party on this date, though its rules make obligations
                // on other dates (it judges an extension once, on its last day): under it, nothing was due, so nothing
                // was breached. It is listed with the status the due readings share where they show nothing breached,
                // and as COMPLIANT beside a breach, which then makes the finding CONTESTED by its readings: a breach
                // under one reading alone never passes for a breach under every reading.
                notDue.add(r);
                continue;
            }
            out.add(new Finding.ReadingStatus(r.id(), statusOf(accounts, r.id(), true), r.heldBy(), requirement));
        }
        if (!notDue.isEmpty()) {
            Status due = combined(out);
            Status shown = due == Status.VIOLATED ? Status.COMPLIANT : due;
            for (ReadingInForce r : notDue) {
                out.add(new Finding.ReadingStatus(r.id(), shown, r.heldBy(), NOT_DUE));
            }
            out.sort(java.util.Comparator.comparing(Finding.ReadingStatus::id));
        }
        return List.copyOf(out);
    }

    /**
     * The status of a finding whose clause has readings: the status under every reading where they all agree, else
     * CONTESTED. A reading under which nothing decides disagrees with one under which the term is met or breached: a
     * term is COMPLIANT (or VIOLATED) only if it is so under every reading in force, so missing facts under one reading
     * never let the others make it COMPLIANT, nor VIOLATED. With every account of every reading, this is the status of
     * all the accounts together wherever each reading has one.
     */
    private static Status combined(List<Finding.ReadingStatus> readings) {
        if (readings.isEmpty()) {
            return Status.CONTESTED;
        }
        Status first = readings.get(0).status();
        for (Finding.ReadingStatus r : readings) {
            if (r.status() != first) {
                return Status.CONTESTED;
            }
        }
        return first;
    }

    /**
     * Why a CONTESTED finding is contested: "readings" when its readings' statuses differ (a reading under which nothing
     * decides differs from one that decides), "sources" when accounts under one reading (or of a clause without
     * readings) disagree.
     */
    private static List<String> contestedBy(Status status, List<Finding.ReadingStatus> readings) {
        if (status != Status.CONTESTED) {
            return List.of();
        }
        if (readings.isEmpty()) {
            return List.of("sources");
        }
        boolean differ = false;
        boolean sources = false;
        for (Finding.ReadingStatus r : readings) {
            differ |= r.status() != readings.get(0).status();
            sources |= r.status() == Status.CONTESTED;
        }
        return differ && sources ? List.of("readings", "sources") : differ ? List.of("readings") : sources ? List.of("sources") : List.of();
    }

    private static String party(Map<String, ClauseIndex.Clause> clauses, Obligation o) {
        if (o.party() != null) {
            return o.party();
        }
        ClauseIndex.Clause c = clauses.get(o.clause());
        return c == null ? "" : c.party();
    }
}
