package org.truce.check;

import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.truce.rulebook.RuleBook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rule sessions of a check: one per part of the rule book ({@link RuleBook#parts()}), each given the facts its
 * rules have patterns for, one after the other, so that the memory of a session holds one part's matches, not every
 * part's. Parts are apart by construction except for what only a run can show: a rule that inserts a fact of a type
 * another part's rules match, a conclusion of a term not its own, or that changes or deletes a fact other than a
 * conclusion; or a rule that fails. A run that shows any of these is set aside, and every rule is evaluated in one
 * session.
 */
final class Sessions {

    /** What the rules concluded. */
    record Outcome(List<Obligation> obligations, List<Account> accounts, List<Undecided> undecided) {
    }

    private Sessions() {
    }

    /** Evaluates {@code inputs} against the rules of {@code book}, telling {@code fired} (if not null) of each rule fired. */
    static Outcome run(RuleBook book, List<Object> inputs, Consumer<Rule> fired) {
        if (book.parts().size() > 1) {
            // The rules fired in a run that is set aside are not told: only those of the run whose conclusions count.
            List<Rule> heard = fired == null ? null : new ArrayList<>();
            Outcome apart;
            try {
                apart = run(book.parts(), book, inputs, heard == null ? null : heard::add);
            } catch (RuntimeException e) {
                // A rule that fails alone might not have failed beside another file's rules (a fact of theirs may have
                // kept it from firing): one session of every rule says whether it does.
                apart = null;
            }
            if (apart != null) {
                if (fired != null) {
                    heard.forEach(fired);
                }
                return apart;
            }
        }
        return run(List.of(book.kieBase()), null, inputs, fired);
    }

    /**
     * The conclusions of {@code parts}, each in a session of its own; null if a part did what could reach another part
     * in one session. {@code book} says which types each part reads and which terms its rules are of; null for one
     * part, which is given every fact.
     */
    private static Outcome run(List<KieBase> parts, RuleBook book, List<Object> inputs, Consumer<Rule> fired) {
        Outcome out = new Outcome(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < parts.size(); i++) {
            int index = i;
            KieSession session = parts.get(i).newKieSession();
            if (fired != null) {
                // Only when asked: with a listener, the session makes two event objects for every rule it fires.
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        fired.accept(event.getMatch().getRule());
                    }
                });
            }
            // A rule that changes or deletes a fact other than a conclusion of its own term could change what another part
            // matched, had they shared a session: such a run is set aside.
            boolean[] changed = new boolean[1];
            if (book != null) {
                session.addEventListener(new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectUpdated(ObjectUpdatedEvent event) {
                        changed[0] |= !conclusion(event.getObject());
                    }

                    @Override
                    public void objectDeleted(ObjectDeletedEvent event) {
                        changed[0] |= !conclusion(event.getOldObject());
                    }
                });
            }
            try {
                long inserted = 0;
                for (Object fact : inputs) {
                    // A fact no rule of the part has a pattern for changes nothing in its session.
                    if (book == null || book.reads(index, fact.getClass())) {
                        session.insert(fact);
                        inserted++;
                    }
                }
                session.fireAllRules();
                Set<String> terms = book == null ? null : book.terms(index);
                boolean others = false;
                long concluded = 0;
                for (Object o : session.getObjects(new ClassObjectFilter(Obligation.class))) {
                    Obligation obligation = (Obligation) o;
                    others |= terms != null && !terms.contains(obligation.term());
                    out.obligations.add(obligation);
                    concluded++;
                }
                for (Object a : session.getObjects(new ClassObjectFilter(Account.class))) {
                    Account account = (Account) a;
                    others |= terms != null && !terms.contains(account.obligation().term());
                    out.accounts.add(account);
                    concluded++;
                }
                for (Object u : session.getObjects(new ClassObjectFilter(Undecided.class))) {
                    Undecided undecided = (Undecided) u;
                    others |= terms != null && !terms.contains(undecided.obligation().term());
                    out.undecided.add(undecided);
                    concluded++;
                }
                // A conclusion of another file's term is one that file's rules may read.
                if (book != null && (changed[0] || others
                        || session.getFactCount() != inserted + concluded && readByOthers(session, inputs, book, parts.size(), i))) {
                    return null;
                }
            } finally {
                session.dispose();
            }
        }
        return out;
    }

    /** Whether {@code fact} is what a rule concludes, which only rules of its own term read ({@link org.truce.rulebook.Parts}). */
    private static boolean conclusion(Object fact) {
        return fact instanceof Obligation || fact instanceof Account || fact instanceof Undecided;
    }

    /** Whether a fact the rules of part {@code own} inserted, other than a conclusion, has a pattern in another part. */
    private static boolean readByOthers(KieSession session, List<Object> inputs, RuleBook book, int parts, int own) {
        Set<Object> given = Collections.newSetFromMap(new IdentityHashMap<>());
        given.addAll(inputs);
        for (Object fact : session.getObjects()) {
            if (given.contains(fact) || conclusion(fact)) {
                continue;
            }
            for (int j = 0; j < parts; j++) {
                if (j != own && book.reads(j, fact.getClass())) {
                    return true;
                }
            }
        }
        return false;
    }
}
