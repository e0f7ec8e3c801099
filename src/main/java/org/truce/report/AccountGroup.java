package org.truce.report;

import org.truce.check.Finding;
import org.truce.check.Status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Accounts of one finding that say the same thing (the same status and detail, under the same reading), shown once in
 * the reports for people: 96 combinations of sources that each give "50 hostages (13 + 13 + 13 + 11)" are one line,
 * not 96. The JSON and CSV reports keep every account.
 */
record AccountGroup(Status status, String detail, String reading, boolean selfReported, List<Finding.Account> accounts) {

    AccountGroup {
        accounts = List.copyOf(accounts);
    }

    /**
     * The accounts of {@code f} grouped by status, detail, reading and whether they rest only on an interested party's
     * word (so a marked account is never merged with one that is not), in the order of each group's first account.
     */
    static List<AccountGroup> of(Finding f) {
        Map<List<Object>, List<Finding.Account>> groups = new LinkedHashMap<>();
        for (Finding.Account a : f.accounts()) {
            groups.computeIfAbsent(java.util.Arrays.asList(a.status(), a.detail(), a.reading(), a.selfReported()), k -> new ArrayList<>()).add(a);
        }
        List<AccountGroup> of = new ArrayList<>();
        groups.forEach((key, accounts) -> of.add(new AccountGroup((Status) key.get(0), (String) key.get(1), (String) key.get(2), (Boolean) key.get(3), accounts)));
        return of;
    }

    /** Every source of the group's accounts, each once, in the order the accounts give them. */
    List<String> sources() {
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        accounts.forEach(a -> sources.addAll(a.sources()));
        return List.copyOf(sources);
    }

    /** Whether the group is a single account, whose sources are shown as before. */
    boolean single() {
        return accounts.size() == 1;
    }

    /**
     * How the group's accounts came to be, before its sources are named: "according to" for one account, "according to
     * each of" where each account has one source, else "N combinations of sources, drawn from".
     */
    String according() {
        if (single()) {
            return "according to";
        }
        if (accounts.stream().allMatch(a -> a.sources().size() == 1)) {
            return accounts.size() + " accounts, according to each of";
        }
        return accounts.size() + " combinations of sources, drawn from";
    }
}
