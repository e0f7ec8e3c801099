package org.truce.check;

import org.truce.rulebook.ClauseIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

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

    private Findings() {
    }

    /** The term, date and party a finding is of. */
    private record Key(String term, java.time.LocalDate date, String party) {
    }

    /** A term on a date, whatever the party: where two parties have findings, the finding ids name the party. */
    private record TermDate(String term, java.time.LocalDate date) {
    }

    static List<Finding> of(ClauseIndex index, List<ReadingInForce> readings, List<Obligation> obligations, List<Account> accounts,
                            List<Undecided> undecided) {
        Map<String, ClauseIndex.Clause> clauses = new HashMap<>();
        index.clauses().forEach(c -> clauses.putIfAbsent(c.id(), c));
        Map<Key, List<Obligation>> byKey = new LinkedHashMap<>();
        Map<Obligation, Key> keyOf = new java.util.IdentityHashMap<>();
        for (Obligation o : obligations) {
            Key k = new Key(o.term(), o.date(), party(clauses, o));
            byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(o);
            keyOf.put(o, k);
        }
        // Each account goes to its finding's list, found through its obligation by identity (cheap), in session order.
        Map<Key, List<Account>> accountsOf = new HashMap<>();
        Map<Obligation, List<Account>> listOf = new java.util.IdentityHashMap<>();
        for (Account a : accounts) {
            List<Account> list = listOf.get(a.obligation());
            if (list == null) {
                Obligation o = a.obligation();
                Key k = keyOf.get(o);
                if (k == null) {
                    // an account of an obligation the session no longer holds (a rule retracted it): its own finding still
                    k = new Key(o.term(), o.date(), party(clauses, o));
                    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(o);
                    keyOf.put(o, k);
                }
                list = accountsOf.computeIfAbsent(k, x -> new ArrayList<>());
                listOf.put(o, list);
            }
            list.add(a);
        }
        Map<Key, List<Undecided>> undecidedOf = new HashMap<>();
        for (Undecided u : undecided) {
            Key k = keyOf.get(u.obligation());
            if (k != null) {
                undecidedOf.computeIfAbsent(k, x -> new ArrayList<>()).add(u);
            }
        }
        Map<TermDate, Set<String>> partiesByTermAndDate = new HashMap<>();
        byKey.keySet().forEach(k -> partiesByTermAndDate.computeIfAbsent(new TermDate(k.term(), k.date()), x -> new LinkedHashSet<>()).add(k.party()));

        List<Finding> findings = new ArrayList<>();
        for (var entry : byKey.entrySet()) {
            Key k = entry.getKey();
            Obligation first = entry.getValue().get(0);
            ClauseIndex.Clause clause = clauses.get(first.clause());
            if (clause == null) {
                throw new IllegalStateException("rule \"" + first.rule() + "\" names clause " + first.clause() + ", which the clause index lacks");
            }
            String id = k.term() + "/" + k.date();
            if (partiesByTermAndDate.get(new TermDate(k.term(), k.date())).size() > 1) {
                id += "/" + k.party();
            }
            List<Finding.Account> shown = accountsOf.getOrDefault(k, List.of()).stream()
                    .map(a -> new Finding.Account(a.sources(), a.status(), a.detail(), a.rule(), a.obligation().reading()))
                    .sorted(ACCOUNTS)
                    .toList();
            // Readings only where a rule made the finding's obligations under them: a rule set whose rules ignore the
            // readings of a clause (a note says so) has findings as for a clause reported one way.
            boolean underReadings = entry.getValue().stream().anyMatch(o -> o.reading() != null);
            List<Finding.ReadingStatus> byReading = underReadings ? byReading(clause, readings, entry.getValue(), shown) : List.of();
            Status status = byReading.isEmpty() ? Status.of(shown.stream().map(Finding.Account::status).toList()) : combined(byReading);
            String requirement = requirement(entry.getValue());
            String rule = shown.stream().filter(a -> a.status() == Status.VIOLATED).map(Finding.Account::rule).findFirst()
                    .orElse(shown.isEmpty() ? first.rule() : shown.get(0).rule());
            List<Finding.Undecided> open = undecidedOf.getOrDefault(k, List.of()).stream()
                    .map(u -> new Finding.Undecided(u.sources(), u.obligation().reading(), u.why(), u.rule()))
                    .sorted(Comparator.comparing(Finding.Undecided::sources, BY_SOURCES)
                            .thenComparing(Finding.Undecided::reading, Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparing(Finding.Undecided::why))
                    .toList();
            findings.add(new Finding(id, k.term(), first.clause(), clause.reportedBy(), clause.disputed(), clause.provenance(),
                    clause.provenanceParty(), k.date(), k.party(), status, summary(first.needs(), requirement, status, shown, open), shown, rule,
                    requirement, List.of(), byReading, contestedBy(status, byReading), open));
        }
        findings.sort(Comparator.comparing(Finding::date).thenComparing(Finding::term).thenComparing(Finding::id));
        return findings;
    }

    /** Each reading in force of the clause, by id, with the status its accounts combine to (UNDETERMINED with none). */
    private static List<Finding.ReadingStatus> byReading(ClauseIndex.Clause clause, List<ReadingInForce> readings,
                                                         List<Obligation> obligations, List<Finding.Account> accounts) {
        List<Finding.ReadingStatus> out = new ArrayList<>();
        Map<String, ReadingInForce> ofClause = new TreeMap<>();
        readings.stream().filter(r -> r.clause().equals(clause.id())).forEach(r -> ofClause.put(r.id(), r));
        for (ReadingInForce r : ofClause.values()) {
            Status s = Status.of(accounts.stream().filter(a -> r.id().equals(a.reading())).map(Finding.Account::status).toList());
            String requirement = obligations.stream().filter(o -> r.id().equals(o.reading())).map(Obligation::requirement).findFirst().orElse(null);
            out.add(new Finding.ReadingStatus(r.id(), s, r.heldBy(), requirement));
        }
        return out;
    }

    /**
     * The status of a finding whose clause has readings: the status under every reading where they all agree, else
     * CONTESTED. A reading under which nothing decides disagrees with one under which the term is met or breached: a
     * term is COMPLIANT (or VIOLATED) only if it is so under every reading in force, so missing facts under one reading
     * never let the others make it COMPLIANT, nor VIOLATED. With every account of every reading, this is the status of
     * all the accounts together wherever each reading has one.
     */
    private static Status combined(List<Finding.ReadingStatus> readings) {
        Set<Status> statuses = new LinkedHashSet<>();
        readings.forEach(r -> statuses.add(r.status()));
        return statuses.size() == 1 ? statuses.iterator().next() : Status.CONTESTED;
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
        Set<Status> statuses = new LinkedHashSet<>();
        boolean sources = false;
        for (Finding.ReadingStatus r : readings) {
            statuses.add(r.status());
            sources |= r.status() == Status.CONTESTED;
        }
        List<String> by = new ArrayList<>();
        if (statuses.size() > 1) {
            by.add("readings");
        }
        if (sources) {
            by.add("sources");
        }
        return by;
    }

    /** The requirement, or, where readings require different things, each with the readings that require it. */
    private static String requirement(List<Obligation> obligations) {
        Map<String, List<String>> byText = new LinkedHashMap<>();
        obligations.stream().sorted(Comparator.comparing(Obligation::reading, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(o -> byText.computeIfAbsent(o.requirement(), t -> new ArrayList<>()).add(o.reading()));
        if (byText.size() == 1) {
            return byText.keySet().iterator().next();
        }
        List<String> parts = new ArrayList<>();
        byText.forEach((text, ids) -> parts.add(text + " (read as " + String.join(", ", ids.stream().filter(Objects::nonNull).toList()) + ")"));
        return String.join("; or ", parts);
    }

    private static String party(Map<String, ClauseIndex.Clause> clauses, Obligation o) {
        if (o.party() != null) {
            return o.party();
        }
        ClauseIndex.Clause c = clauses.get(o.clause());
        return c == null ? "" : c.party();
    }

    private static String summary(String needs, String requirement, Status status, List<Finding.Account> accounts, List<Finding.Undecided> open) {
        if (status == Status.UNDETERMINED && !open.isEmpty()) {
            Set<String> whys = new LinkedHashSet<>();
            open.forEach(u -> whys.add(u.why()));
            return "no report decides it: " + String.join(" / ", whys) + "; requires " + requirement;
        }
        if (status == Status.UNDETERMINED) {
            // Of this fact set, not of "the reports": what was published may hold the missing figure.
            return "no account in this fact set: needs " + needs + "; requires " + requirement;
        }
        Set<String> details = new LinkedHashSet<>();
        accounts.forEach(a -> details.add(a.detail()));
        String reported = String.join(" / ", details);
        String counted = Finding.counted(accounts.size(), open.size());
        return reported + (counted.isEmpty() ? "" : " (" + counted + ")") + "; requires " + requirement;
    }
}
