package org.truce.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The entries that no rule decided: for each obligation, each {@link Entry} its term reads on its date or period (and of its party)
 * whose sources no account and no undecided report of that obligation rests on. A rule edited so that neither of a
 * pass/fail pair fires for a report, or a figure a rule set leaves aside, is then listed among the finding's
 * {@code undecidedBy}, with the rules of the term that could have decided it, instead of disappearing.
 * It reads no term by name: the entries say which terms read them, and the rules say which term they model.
 */
final class Unread {

    /** Why such an entry decides nothing, after what it shows. */
    static final String WHY = "a report of this day that no rule of the term decided";
    /** What follows {@link #WHY}: the rules that could have decided it. A finding's summary leaves them out, for length. */
    static final String COULD_HAVE = " (rules of the term that could have: ";

    private Unread() {
    }

    /**
     * The undecided reports to add: one per obligation and entry left out. {@code deciders} gives, by term, the rules of
     * the term that could decide a report (those that made no obligation), sorted; it is asked only if an entry is left out.
     */
    static List<Undecided> of(List<Object> summaries, List<Obligation> obligations, List<Account> accounts, List<Undecided> undecided,
                              Supplier<Map<String, List<String>>> deciders) {
        return of(summaries, Concluded.of(obligations, accounts, undecided), deciders);
    }

    /** As above, over what the rules concluded, gathered by obligation: the reports to add are added to it, and returned. */
    static List<Undecided> of(List<Object> summaries, Concluded concluded, Supplier<Map<String, List<String>>> deciders) {
        // By term, the entries of each day (most of them), and apart those over a period, by its first and last day.
        Map<String, Map<LocalDate, List<Entry>>> read = new HashMap<>();
        Map<String, Map<Span, List<Entry>>> readOver = new HashMap<>();
        for (Object o : summaries) {
            if (o instanceof Entry e) {
                List<String> terms = e.readBy();
                // indexed loops here and below: the lists are small, and an iterator for each is most of what this allocates
                for (int n = 0; n < terms.size(); n++) {
                    String term = terms.get(n);
                    if (e.over() == null) {
                        read.computeIfAbsent(term, t -> new HashMap<>()).computeIfAbsent(e.day(), d -> new ArrayList<>(2)).add(e);
                    } else {
                        readOver.computeIfAbsent(term, t -> new HashMap<>()).computeIfAbsent(new Span(e.day(), e.over()), d -> new ArrayList<>(2)).add(e);
                    }
                }
            }
        }
        if (read.isEmpty() && readOver.isEmpty()) {
            return List.of();
        }
        // The entries each obligation reads, and the sources its accounts and undecided reports rest on: only for the
        // obligations that read some entry, in lists (a day has few sources), so that this stays a small part of a check.
        List<Concluded.Of> reading = new ArrayList<>();
        List<List<Entry>> reads = new ArrayList<>();
        for (Concluded.Of of : concluded.obligations) {
            if (!of.held) {
                continue;
            }
            Obligation o = of.obligation;
            List<Entry> entries;
            if (o.to() == null) {
                Map<LocalDate, List<Entry>> ofTerm = read.get(o.term());
                entries = ofTerm == null ? null : ofTerm.get(o.date());
            } else {
                Map<Span, List<Entry>> ofTerm = readOver.get(o.term());
                entries = ofTerm == null ? null : ofTerm.get(new Span(o.date(), o.to()));
            }
            if (entries != null) {
                reading.add(of);
                reads.add(entries);
            }
        }
        List<List<String>> decided = new ArrayList<>(reading.size());
        // By term, the entries that an account or undecided report of that term names as what it rests on: decided
        // themselves, whatever else their source reported (a source's hostage count is not decided because its prisoner
        // count formed an account), and for that term only (an entry two terms read is decided for each by its own rules).
        Map<String, Set<Entry>> usedBy = new HashMap<>();
        // By term, the partial entries an undecided report is about (its why begins with what the entry shows): it covers
        // that entry only, so that a bound a source gave beside its count of the day does not hide the count.
        Map<String, Set<Entry>> partialsBy = new HashMap<>();
        for (int k = 0; k < reading.size(); k++) {
            Concluded.Of of = reading.get(k);
            Set<Entry> used = usedBy.computeIfAbsent(of.obligation.term(), t -> Collections.newSetFromMap(new IdentityHashMap<>()));
            Set<Entry> partials = partialsBy.computeIfAbsent(of.obligation.term(), t -> Collections.newSetFromMap(new IdentityHashMap<>()));
            List<String> sources = List.of();
            for (Account a : of.accounts) {
                if (a.restsOn().isEmpty()) {
                    sources = sources.isEmpty() ? new ArrayList<>(4) : sources;
                    for (int i = 0; i < a.sources().size(); i++) {
                        sources.add(a.sources().get(i));
                    }
                } else {
                    addAll(used, a.restsOn());
                }
            }
            for (Undecided u : of.undecided) {
                if (!u.restsOn().isEmpty()) {
                    addAll(used, u.restsOn());
                    continue;
                }
                Entry about = null;
                for (Entry e : reads.get(k)) {
                    if (e.partial() && u.why().startsWith(e.shows()) && u.sources().containsAll(e.reportedBy())) {
                        about = e;
                        break;
                    }
                }
                if (about != null) {
                    partials.add(about);
                } else {
                    sources = sources.isEmpty() ? new ArrayList<>(4) : sources;
                    for (int i = 0; i < u.sources().size(); i++) {
                        sources.add(u.sources().get(i));
                    }
                }
            }
            decided.add(sources);
        }
        List<Undecided> out = new ArrayList<>();
        Map<String, List<String>> rules = null;
        for (int k = 0; k < reading.size(); k++) {
            Concluded.Of of = reading.get(k);
            Obligation o = of.obligation;
            List<String> sources = decided.get(k);
            List<Entry> entries = reads.get(k);
            Set<Entry> used = usedBy.get(o.term());
            Set<Entry> partials = partialsBy.get(o.term());
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                if ((e.party() == null || e.party().equals(o.party())) && !sources.containsAll(e.reportedBy()) && !partials.contains(e)
                        && !used.contains(e)) {
                    rules = rules == null ? deciders.get() : rules;
                    Undecided u = new Undecided(o, e.reportedBy(), why(e, rules.getOrDefault(o.term(), List.of())), null);
                    out.add(u);
                    concluded.add(u, of);
                }
            }
        }
        return out;
    }

    private static void addAll(Set<Entry> to, List<Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            to.add(entries.get(i));
        }
    }

    /** The days of a finding: one date ({@code to} null), or a period from..to. */
    private record Span(LocalDate from, LocalDate to) {
    }

    private static String why(Entry e, List<String> rules) {
        StringBuilder why = new StringBuilder(e.shows()).append(": ").append(WHY);
        if (!rules.isEmpty()) {
            why.append(COULD_HAVE);
            for (int i = 0; i < rules.size(); i++) {
                why.append(i == 0 ? "" : ", ").append('"').append(rules.get(i)).append('"');
            }
            why.append(')');
        }
        return why.toString();
    }
}
