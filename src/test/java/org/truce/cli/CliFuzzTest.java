package org.truce.cli;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import org.truce.factset.FuzzTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mutated fact sets of {@link FuzzTest}, each invalid for a reason its mutator knows, given to {@code truce check}
 * as a user would: exit 2, located one-line errors naming the file, nothing on stdout, no stack trace.
 * (Valid fact sets are checked through the loader and checker in {@link FuzzTest}: each command-line run would
 * compile the rules again, some seconds a try.)
 */
@Label("Fuzzing the command line: every mutated fact set gives exit 2 and located lines, nothing else")
class CliFuzzTest {

    @Property
    @Label("a mutated fact set: exit 2, one located line per problem")
    void mutantGivesExitTwo(@ForAll("mutants") Tuple2<String, byte[]> mutant) throws IOException {
        Path file = Files.createTempFile("truce-fuzz", ".json");
        try {
            Files.write(file, mutant.get2());
            var r = Cli.run("check", file.toString());
            String why = mutant.get1() + ":\n" + new String(mutant.get2(), StandardCharsets.UTF_8) + "\n" + r.err();
            assertThat(r.exitCode()).as(why).isEqualTo(2);
            assertThat(r.out()).as(why).isEmpty();
            BadInputCorpusTest.assertOneLineAnswers(r.err());
            assertThat(r.err().lines()).as(why).allSatisfy(line -> assertThat(line).startsWith(Home.display(file) + ":"));
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<Tuple2<String, byte[]>> mutants() {
        return FuzzTest.mutants();
    }
}
