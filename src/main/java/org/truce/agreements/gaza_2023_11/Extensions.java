package org.truce.agreements.gaza_2023_11;

import org.truce.check.Pause;
import org.truce.factset.Extension;
import org.truce.factset.FactSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The facts of the extension term (T05) beyond the daily figures: the days each extension added, what each source
 * reported was agreed for it, and the hostages released in the deal summed over its days (one sum per way of reading
 * one source's figure for each day). Nothing here decides whether the term is met.
 */
final class Extensions {

    private Extensions() {
    }

    /** Each extension's days, in the order they were agreed: by instant or date agreed, undated ones last. */
    static List<ExtensionSpan> spans(FactSet facts, Pause pause) {
        List<Extension> inOrder = new ArrayList<>(facts.extensions());
        inOrder.sort(Comparator.comparing(Extensions::agreedOn, Comparator.nullsLast(Comparator.naturalOrder())));
        List<ExtensionSpan> spans = new ArrayList<>(inOrder.size());
        LocalDate next = pause.lastInitialDay().plusDays(1);
        for (Extension e : inOrder) {
            LocalDate to = next.plusDays(e.days() - 1L);
            spans.add(new ExtensionSpan(agreedOn(e), next, to, e.days(), e.source()));
            next = to.plusDays(1);
        }
        return spans;
    }

    /** The facts the rules of T05 read, beyond the daily figures: spans, agreed releases and sums over each span. */
    static List<Object> facts(FactSet facts, Pause pause, List<Figure> figures) {
        List<ExtensionSpan> spans = spans(facts, pause);
        List<Extension> inOrder = new ArrayList<>(facts.extensions());
        inOrder.sort(Comparator.comparing(Extensions::agreedOn, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            ExtensionSpan span = spans.get(i);
            out.add(span);
            for (LocalDate d = span.from(); !d.isAfter(span.to()); d = d.plusDays(1)) {
                out.add(new ExtensionDay(d, span.to()));
            }
            List<Extension.Agreed> agreed = inOrder.get(i).agreed();
            for (Extension.Agreed a : agreed) {
                out.add(new ExtensionAgreed(span, a.source(), a.hostages(), a.bodies()));
            }
            // Summed only where some source reported what was agreed: no rule reads the sum otherwise. Sums over the
            // initial days are T03's; an extension's days never overlap another's, nor the initial days.
            if (!agreed.isEmpty()) {
                out.addAll(DailyFigures.periodSums(figures, Quantity.HOSTAGES_IN_DEAL, span.from(), span.to()));
            }
        }
        return out;
    }

    private static LocalDate agreedOn(Extension e) {
        return e.agreedAt() != null ? e.agreedAt().toLocalDate() : e.agreedOn();
    }
}
