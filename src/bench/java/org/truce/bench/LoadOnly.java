package org.truce.bench;

import org.truce.factset.FactSet;
import org.truce.factset.FactSetLoader;
import org.truce.rulebook.RuleSets;

import java.nio.file.Path;

/**
 * Loads one fact set and prints how many prisoners it holds: run under a capped heap, it shows the loader streams.
 * Usage: {@code LoadOnly FACTS.json [PAUSE_DAYS]} (see {@link Scale#limits}).
 */
public final class LoadOnly {
    private LoadOnly() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int pauseDays = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        FactSet facts = new FactSetLoader(new RuleSets(Path.of("rules"), null), Scale.limits(4096, pauseDays)).load(file, file.toString());
        System.out.println(facts.prisoners().size());
    }
}
