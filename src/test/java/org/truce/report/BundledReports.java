package org.truce.report;

import org.truce.check.Report;
import org.truce.factset.Day;
import org.truce.factset.FactSet;
import org.truce.factset.FactSetLoader;
import org.truce.factset.Limits;
import org.truce.factset.Source;
import org.truce.rulebook.RuleSets;
import org.truce.testing.RuleBooks;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The bundled fact set, as loaded by the command line, and variants of it for the report tests. */
final class BundledReports {

    static final Path DATA = Path.of("data", "gaza-2023-11.json");
    /** A script that would change the page's title if a report let it run. */
    static final String PLANTED_TITLE = "<script>document.title='pwned'</script>";
    static final String PLANTED_URL = "javascript:document.title='pwned'";
    static final String PLANTED_NOTE = "<img src=x onerror=\"document.title='pwned'\"> [click](javascript:alert(1)) | `code`";

    private BundledReports() {
    }

    static FactSet facts() {
        try {
            return new FactSetLoader(new RuleSets(Path.of("rules"), null), Limits.DEFAULT).load(DATA, DATA.toString());
        } catch (Exception e) {
            throw new AssertionError("the bundled data does not load", e);
        }
    }

    static Report check(FactSet facts) {
        return RuleBooks.checker().check(facts, RuleBooks.bundled());
    }

    /** A check under a what-if scenario: {@code --reading}, {@code --set}, {@code --rules} as the command line reads them. */
    static Report check(FactSet facts, org.truce.check.Scenario scenario) {
        return RuleBooks.checker().check(facts, RuleBooks.bundled(), scenario);
    }

    /** The scenario of {@code --reading CLAUSE=ID}. */
    static org.truce.check.Scenario reading(String clause, String id) {
        return new org.truce.check.Scenario(java.util.Map.of(), java.util.Map.of(clause, id), null);
    }

    /**
     * The bundled data with hostile text planted where a fact set's text goes: a source titled with a script and
     * addressed with a javascript: URL, and a note of the first day with an HTML handler and a Markdown link.
     */
    static FactSet withPlantedText(FactSet f) {
        List<Source> sources = new ArrayList<>(f.sources());
        sources.add(new Source("planted", "Planted <b>publisher</b>", null, PLANTED_TITLE, PLANTED_URL, org.truce.factset.Published.on(LocalDate.parse("2023-11-24"))));
        sources.add(new Source("planted-http", "Planted", null, "an address in capitals", "  HTTPS://example.org/a b  ", null));
        List<Day> days = new ArrayList<>(f.days());
        Day first = days.get(0);
        List<Day.DayNote> notes = new ArrayList<>(first.notes());
        notes.add(new Day.DayNote(PLANTED_NOTE, "planted"));
        days.set(0, new Day(first.date(), first.hostageReleases(), first.prisonerReleases(), first.aidTrucks(), first.fuelLitres(),
                first.handovers(), notes));
        return new FactSet(f.format(), f.agreement(), f.title(), sources, f.extensions(), f.prisoners(), days, f.claims(), f.periods());
    }

    /** The same facts with every list in another order. */
    static FactSet shuffled(FactSet f, long seed) {
        Random random = new Random(seed);
        List<Day> days = new ArrayList<>();
        for (Day d : f.days()) {
            days.add(new Day(d.date(), shuffle(d.hostageReleases(), random), shuffle(d.prisonerReleases(), random),
                    shuffle(d.aidTrucks(), random), shuffle(d.fuelLitres(), random), shuffle(d.handovers(), random),
                    shuffle(d.notes(), random)));
        }
        return new FactSet(f.format(), f.agreement(), f.title(), shuffle(f.sources(), random), shuffle(f.extensions(), random),
                shuffle(f.prisoners(), random), shuffle(days, random), shuffle(f.claims(), random), shuffle(f.periods(), random));
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    static String render(ReportWriter writer, Report... reports) {
        StringWriter out = new StringWriter();
        try {
            writer.write(List.of(reports), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
