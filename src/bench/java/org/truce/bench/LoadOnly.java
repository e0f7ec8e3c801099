package org.truce.bench;

import org.truce.factset.FactSet;
import org.truce.factset.FactSetLoader;
import org.truce.factset.Limits;
import org.truce.rulebook.RuleSets;

import java.nio.file.Path;

/** Loads one fact set and prints how many prisoners it holds: run under a capped heap, it shows the loader streams. */
public final class LoadOnly {
    private LoadOnly() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        FactSet facts = new FactSetLoader(new RuleSets(Path.of("rules"), null), Limits.of(4096, Limits.DEFAULT_MAX_STRING, Limits.DEFAULT_MAX_DEPTH))
                .load(file, file.toString());
        System.out.println(facts.prisoners().size());
    }
}
