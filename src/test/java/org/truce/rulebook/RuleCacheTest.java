package org.truce.rulebook;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.definition.rule.Rule;
import org.truce.check.Checker;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.check.Status;
import org.truce.factset.FactSet;
import org.truce.factset.InvalidInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("The cache of compiled rule sets")
class RuleCacheTest {

    @TempDir
    Path rules;

    @TempDir
    Path cacheDir;

    private static final FactSet FACTS = facts()
            .day("2023-11-24").trucks(200, "COGAT").trucks(137, "UN OCHA").hostages(13, "UN OCHA").prisoners(39, "UN OCHA")
            .and().day("2023-11-25").trucks(187, "COGAT").hostages(13, "Qatar MFA").prisoners(39, "Qatar MFA")
            .and().build();

    private RuleBookLoader loader() {
        return new RuleBookLoader(new RuleCache(cacheDir));
    }

    private static Report check(RuleBook book) {
        return new Checker().check(FACTS, book);
    }

    private static List<String> names(RuleBook book) {
        return book.rules().stream().map(Rule::getName).toList();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> list = Files.list(cacheDir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".kpkg")).toList();
        }
    }

    @Test
    @DisplayName("a second load of an unchanged folder comes from the cache and checks alike")
    void secondLoadIsCached() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        RuleBookLoader first = loader();
        RuleBook compiled = first.load(rules);
        assertThat(first.compiled()).isEqualTo(1);
        assertThat(first.fromCache()).isZero();
        assertThat(entries()).hasSize(1);

        RuleBookLoader second = loader();
        RuleBook cached = second.load(rules);
        assertThat(second.fromCache()).isEqualTo(1);
        assertThat(second.compiled()).isZero();

        assertThat(names(cached)).isEqualTo(names(compiled)).isNotEmpty();
        Report fromCache = check(cached);
        assertThat(fromCache.findings()).isEqualTo(check(compiled).findings());
        assertThat(fromCache.findings()).extracting(Finding::status).contains(Status.VIOLATED, Status.CONTESTED);
    }

    @Test
    @DisplayName("one changed character in a DRL file is compiled again and seen on the next run")
    void changedRuleIsRecompiled() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        loader().load(rules);
        Path aid = rules.resolve("aid.drl");
        String before = Files.readString(aid);
        String after = before.replace("\" aid trucks entering Gaza\"", "\" aid truckS entering Gaza\"");
        assertThat(after).isNotEqualTo(before).hasSameSizeAs(before);
        Files.writeString(aid, after);

        RuleBookLoader next = loader();
        RuleBook book = next.load(rules);
        assertThat(next.compiled()).isEqualTo(1);
        assertThat(next.fromCache()).isZero();
        assertThat(check(book).findings()).filteredOn(f -> f.term().equals("daily-aid-trucks"))
                .isNotEmpty().allSatisfy(f -> assertThat(f.requirement()).endsWith("aid truckS entering Gaza"));

        Files.writeString(aid, before);
        RuleBookLoader back = loader();
        RuleBook original = back.load(rules);
        assertThat(back.fromCache()).as("the original rules are still cached").isEqualTo(1);
        assertThat(check(original).findings()).filteredOn(f -> f.term().equals("daily-aid-trucks"))
                .allSatisfy(f -> assertThat(f.requirement()).endsWith("aid trucks entering Gaza"));
    }

    @Test
    @DisplayName("a damaged cache entry is discarded and the rules compiled again, with no error")
    void corruptedEntryIsDiscarded() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        RuleBook compiled = loader().load(rules);
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        // One flipped byte, wherever it falls (in a string of the rules it would still deserialize), is damage.
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(entry, bytes);

        RuleBookLoader next = loader();
        RuleBook book = next.load(rules);
        assertThat(next.compiled()).isEqualTo(1);
        assertThat(next.fromCache()).isZero();
        assertThat(check(book).findings()).isEqualTo(check(compiled).findings());

        Files.write(entry, new byte[0]);
        RuleBookLoader again = loader();
        again.load(rules);
        assertThat(again.compiled()).isEqualTo(1);
        assertThat(entries()).as("rewritten whole").singleElement().satisfies(p -> assertThat(Files.size(p)).isPositive());
    }

    @Test
    @DisplayName("a cache folder that cannot be written only means the rules are compiled each time")
    void unwritableCacheStillWorks() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        Path notAFolder = Files.writeString(cacheDir.resolve("a-file"), "not a folder");
        RuleCache cache = new RuleCache(notAFolder.resolve("truce"));
        for (int run = 1; run <= 2; run++) {
            RuleBookLoader loader = new RuleBookLoader(cache);
            RuleBook book = loader.load(rules);
            assertThat(loader.compiled()).isEqualTo(1);
            assertThat(check(book).findings()).isNotEmpty();
        }
    }

    @Test
    @DisplayName("an entry that others may write to is not used: the rules are compiled again")
    void entryWritableByOthersIsNotUsed() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        loader().load(rules);
        Path entry = entries().get(0);
        Files.setPosixFilePermissions(entry, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));

        RuleBookLoader next = loader();
        next.load(rules);
        assertThat(next.fromCache()).isZero();
        assertThat(next.compiled()).isEqualTo(1);
    }

    @Test
    @DisplayName("a cached rule set still has its metadata checked against the clause index")
    void cachedRulesAreStillChecked() throws Exception {
        RuleBookLoaderTest.copyBundled(rules);
        loader().load(rules);
        Path index = rules.resolve(RuleBookLoader.CLAUSE_INDEX);
        Files.writeString(index, Files.readString(index).replace("\"term\": \"daily-aid-trucks\"", "\"term\": \"daily-aid-lorries\""));

        RuleBookLoader next = loader();
        InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class, () -> next.load(rules));
        assertThat(next.fromCache()).isEqualTo(1);
        assertThat(e).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("daily-aid-lorries"));
    }
}
