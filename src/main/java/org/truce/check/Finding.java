package org.truce.check;

import java.time.LocalDate;
import java.util.List;

/**
 * One term on one date for one party: its status, the accounts behind it, and where the term comes from — the
 * clause, who reported the clause, whether the accounts of the clause differ, and how the clause is known
 * ({@code clauseProvenance}, with {@code clauseProvenanceParty} for one-party; both null where the clause index does
 * not say) — with the defences its party raised against it. Where the clause has readings, {@code readings} gives the
 * status under each, and {@code contestedBy} says whether a CONTESTED status comes of the readings, the sources, or both.
 * {@code undecidedBy} lists the reports of the term that decided nothing, with why; {@code notes}, the day notes of the
 * fact set that name the finding's term, of its date, by source id, then text. A period finding, of a term over
 * several days as a source reported a total of them, runs from {@code date} to {@code to} (null for a finding of one date).
 */
public record Finding(String id, String term, String clause, List<String> clauseReportedBy, boolean clauseDisputed,
                      String clauseProvenance, String clauseProvenanceParty, LocalDate date, String party, Status status,
                      String summary, List<Account> accounts, String rule, String requirement, List<Defence> defences,
                      List<ReadingStatus> readings, List<String> contestedBy, List<Undecided> undecidedBy,
                      List<Note> notes, LocalDate to) {
    public Finding {
        undecidedBy = List.copyOf(undecidedBy);
        notes = List.copyOf(notes);
        clauseReportedBy = List.copyOf(clauseReportedBy);
        accounts = List.copyOf(accounts);
        defences = List.copyOf(defences);
        readings = List.copyOf(readings);
        contestedBy = List.copyOf(contestedBy);
    }

    /** A finding of one date without notes. */
    public Finding(String id, String term, String clause, List<String> clauseReportedBy, boolean clauseDisputed,
                   String clauseProvenance, String clauseProvenanceParty, LocalDate date, String party, Status status,
                   String summary, List<Account> accounts, String rule, String requirement, List<Defence> defences,
                   List<ReadingStatus> readings, List<String> contestedBy, List<Undecided> undecidedBy) {
        this(id, term, clause, clauseReportedBy, clauseDisputed, clauseProvenance, clauseProvenanceParty, date, party, status,
                summary, accounts, rule, requirement, defences, readings, contestedBy, undecidedBy, List.of(), null);
    }

    /** A finding of a clause reported one way only. */
    public Finding(String id, String term, String clause, List<String> clauseReportedBy, boolean clauseDisputed,
                   String clauseProvenance, String clauseProvenanceParty, LocalDate date, String party, Status status,
                   String summary, List<Account> accounts, String rule, String requirement, List<Defence> defences) {
        this(id, term, clause, clauseReportedBy, clauseDisputed, clauseProvenance, clauseProvenanceParty, date, party, status,
                summary, accounts, rule, requirement, defences, List.of(), status == Status.CONTESTED ? List.of("sources") : List.of(), List.of());
    }

    /** The same finding with these defences (sorted by claim id by the caller). */
    Finding withDefences(List<Defence> defences) {
        return new Finding(id, term, clause, clauseReportedBy, clauseDisputed, clauseProvenance, clauseProvenanceParty, date, party,
                status, summary, accounts, rule, requirement, defences, readings, contestedBy, undecidedBy, notes, to);
    }

    /** The same finding with these notes. */
    Finding withNotes(List<Note> notes) {
        return new Finding(id, term, clause, clauseReportedBy, clauseDisputed, clauseProvenance, clauseProvenanceParty, date, party,
                status, summary, accounts, rule, requirement, defences, readings, contestedBy, undecidedBy, notes, to);
    }

    /** True for a finding over several days (a period finding). */
    public boolean overPeriod() {
        return to != null;
    }

    /**
     * How many accounts and undecided reports a summary mentions, as every report writes it: "14 accounts; 4 reports
     * decide nothing", "1 report decides nothing"; empty for one account and nothing undecided.
     */
    public static String counted(int accounts, int undecided) {
        String counted = accounts > 1 ? accounts + " accounts" : "";
        if (undecided > 0) {
            counted += (counted.isEmpty() ? "" : "; ") + undecided + (undecided == 1 ? " report decides" : " reports decide") + " nothing";
        }
        return counted;
    }

    /** True when the status depends on the reading of the clause. */
    public boolean contestedByReadings() {
        return contestedBy.contains("readings");
    }

    /**
     * One account as reported: its sources, its status, what it rests on, the rule that decided it, and its reading (null
     * if none). {@code selfReported}: it rests only on the word of an interested party, every source relaying the party
     * its status favours (a COMPLIANT account the bound party's, a VIOLATED one another party's); its status counts as
     * any other's.
     */
    public record Account(List<String> sources, Status status, String detail, String rule, String reading, boolean selfReported) {
        public Account {
            sources = List.copyOf(sources);
        }

        /** An account that rests on more than an interested party's word. */
        public Account(List<String> sources, Status status, String detail, String rule, String reading) {
            this(sources, status, detail, rule, reading, false);
        }

        /** An account of a clause reported one way only. */
        public Account(List<String> sources, Status status, String detail, String rule) {
            this(sources, status, detail, rule, null);
        }
    }

    /** The status of the finding under one reading of its clause, combined from that reading's accounts, and who holds the reading. */
    public record ReadingStatus(String id, Status status, List<String> heldBy, String requirement) {
        public ReadingStatus {
            heldBy = List.copyOf(heldBy);
        }
    }

    /** A report of the term that decided nothing, its sources, the reading it was read under (null if none), why, and the rule that said so. */
    public record Undecided(List<String> sources, String reading, String why, String rule) {
        public Undecided {
            sources = List.copyOf(sources);
        }
    }

    /** A note of the day that bears on the finding's term: a figure or remark that was not counted, and why, as its source gave it. */
    public record Note(String text, String source) {
    }

    /** A claim of the finding's party that answers it (a defence), with the verdict the claim gets as any claim. */
    public record Defence(String claim, String by, Verdict verdict) {
    }
}
