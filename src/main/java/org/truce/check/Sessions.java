package org.truce.check;

import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
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
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
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
            // A rule that changes or deletes a fact other than a conclusion, or concludes of a term not its part's, could
            // change what another part matched, had they shared a session: such a run is set aside. Told as it happens, so
            // that a conclusion withdrawn before the end is not missed.
            boolean[] changed = new boolean[1];
            if (book != null) {
                Set<String> own = book.terms(index);
                session.addEventListener(new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(ObjectInsertedEvent event) {
                        changed[0] |= conclusion(event.getObject()) && !own.contains(term(event.getObject()));
                    }

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
                // A fact no rule of the part has a pattern for changes nothing in its session. The inputs come in runs
                // of one type, so the part is asked once a run.
                Class<?> type = null;
                boolean reads = true;
                for (Object fact : inputs) {
                    if (book != null && fact.getClass() != type) {
                        type = fact.getClass();
                        reads = book.reads(index, type);
                    }
                    if (reads) {
                        session.insert(fact);
                    }
                }
                // Counted by the session: a fact given twice is one fact.
                long inserted = session.getFactCount();
                if (book == null) {
                    session.fireAllRules();
                } else if (session.fireAllRules(limit(inserted)) >= limit(inserted)) {
                    // A part that fires this often may be looping alone, where another part's facts would have stopped it.
                    return null;
                }
                long concluded = 0;
                for (Object o : session.getObjects(new ClassObjectFilter(Obligation.class))) {
                    out.obligations.add((Obligation) o);
                    concluded++;
                }
                for (Object a : session.getObjects(new ClassObjectFilter(Account.class))) {
                    out.accounts.add((Account) a);
                    concluded++;
                }
                for (Object u : session.getObjects(new ClassObjectFilter(Undecided.class))) {
                    out.undecided.add((Undecided) u);
                    concluded++;
                }
                if (book != null && (changed[0]
                        || session.getFactCount() != inserted + concluded && readByOthers(session, inputs, book, parts.size(), i))) {
                    return null;
                }
            } finally {
                session.dispose();
            }
        }
        return out;
    }

    /**
     * How many rules a part may fire on {@code facts} facts before its run is set aside: far more than any term's rules
     * fire (about four per fact at 10^5 prisoners × 1000 days), so that only a rule firing on and on reaches it.
     */
    private static int limit(long facts) {
        return (int) Math.min(Integer.MAX_VALUE, 100 * facts + 100_000);
    }

    /** The term of a conclusion. */
    private static String term(Object conclusion) {
        if (conclusion instanceof Account a) {
            return a.obligation().term();
        }
        return conclusion instanceof Undecided u ? u.obligation().term() : ((Obligation) conclusion).term();
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
