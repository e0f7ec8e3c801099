package org.truce.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules concluded, gathered once by obligation for the reports no rule decided ({@link Unread}) and for the
 * findings ({@link Findings}): each obligation with its accounts and undecided reports. Accounts and undecided reports
 * keep the order the session gave them, and reports added later come after those of the session.
 */
final class Concluded {

    /** One obligation and what was concluded for it, in the order given. */
    static final class Of {
        final Obligation obligation;
        /** False for an obligation the session no longer holds, which only an account names (a rule retracted it). */
        final boolean held;
        final List<Account> accounts = new ArrayList<>(4);
        List<Undecided> undecided = List.of();
        /** Where {@link Findings} gathers it. */
        Object group;

        Of(Obligation obligation, boolean held) {
            this.obligation = obligation;
            this.held = held;
        }

        void add(Undecided u) {
            if (undecided.isEmpty()) {
                undecided = new ArrayList<>(2);
            }
            undecided.add(u);
        }
    }

    /** The obligations the session holds, in its order, then those only accounts name, in the order of their accounts. */
    final List<Of> obligations;
    /** Every account, in the session's order, and the obligation each is of. */
    final List<Account> accounts;
    final Of[] accountOf;
    /** Every undecided report of an obligation here, in the order given, and the obligation each is of. */
    final List<Undecided> undecided;
    final List<Of> undecidedOf;

    private Concluded(List<Of> obligations, List<Account> accounts, Of[] accountOf, List<Undecided> undecided, List<Of> undecidedOf) {
        this.obligations = obligations;
        this.accounts = accounts;
        this.accountOf = accountOf;
        this.undecided = undecided;
        this.undecidedOf = undecidedOf;
    }

    static Concluded of(List<Obligation> obligations, List<Account> accounts, List<Undecided> undecided) {
        Map<Obligation, Of> byIdentity = new IdentityHashMap<>(obligations.size());
        List<Of> all = new ArrayList<>(obligations.size());
        for (Obligation o : obligations) {
            Of of = new Of(o, true);
            if (byIdentity.putIfAbsent(o, of) == null) {
                all.add(of);
            }
        }
        Of[] accountOf = new Of[accounts.size()];
        for (int i = 0; i < accountOf.length; i++) {
            Account a = accounts.get(i);
            Of of = byIdentity.get(a.obligation());
            if (of == null) {
                of = new Of(a.obligation(), false);
                byIdentity.put(a.obligation(), of);
                all.add(of);
            }
            of.accounts.add(a);
            accountOf[i] = of;
        }
        List<Undecided> kept = new ArrayList<>(undecided.size());
        List<Of> keptOf = new ArrayList<>(undecided.size());
        for (Undecided u : undecided) {
            Of of = byIdentity.get(u.obligation());
            // an undecided report of an obligation that is nowhere else bears on no finding
            if (of != null) {
                of.add(u);
                kept.add(u);
                keptOf.add(of);
            }
        }
        return new Concluded(all, accounts, accountOf, kept, keptOf);
    }

    /** Adds an undecided report of {@code of}, after all those given so far. */
    void add(Undecided u, Of of) {
        of.add(u);
        undecided.add(u);
        undecidedOf.add(of);
    }
}
