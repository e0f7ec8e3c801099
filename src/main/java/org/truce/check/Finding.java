package org.truce.check;

import java.time.LocalDate;
import java.util.List;

/**
 * One term on one date for one party: its status, the accounts behind it, and where the term comes from — the
 * clause, who reported the clause, whether the accounts of the clause differ, and how the clause is known
 * ({@code clauseProvenance}, with {@code clauseProvenanceParty} for one-party; both null where the clause index does
 * not say) — with the defences its party raised against it.
 */
public record Finding(String id, String term, String clause, List<String> clauseReportedBy, boolean clauseDisputed,
                      String clauseProvenance, String clauseProvenanceParty, LocalDate date, String party, Status status,
                      String summary, List<Account> accounts, String rule, String requirement, List<Defence> defences) {
    public Finding {
        clauseReportedBy = List.copyOf(clauseReportedBy);
        accounts = List.copyOf(accounts);
        defences = List.copyOf(defences);
    }

    /** The same finding with these defences (sorted by claim id by the caller). */
    Finding withDefences(List<Defence> defences) {
        return new Finding(id, term, clause, clauseReportedBy, clauseDisputed, clauseProvenance, clauseProvenanceParty, date, party,
                status, summary, accounts, rule, requirement, defences);
    }

    /** One account as reported: its sources, its status, what it rests on, and the rule that decided it. */
    public record Account(List<String> sources, Status status, String detail, String rule) {
        public Account {
            sources = List.copyOf(sources);
        }
    }

    /** A claim of the finding's party that answers it (a defence), with the verdict the claim gets as any claim. */
    public record Defence(String claim, String by, Verdict verdict) {
    }
}
