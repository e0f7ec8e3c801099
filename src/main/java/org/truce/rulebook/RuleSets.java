package org.truce.rulebook;

import org.truce.factset.InvalidInputException;
import org.truce.factset.Vocabulary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule sets one run may use: either the single folder given with {@code --rules}, or {@code rules/<agreement>/}
 * under the rules root. Rules are loaded from nowhere else. Each folder is read and compiled at most once per run.
 */
public final class RuleSets implements Vocabulary {

    private static final Pattern AGREEMENT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final Path rulesRoot;
    private final Path override;
    private final RuleBookLoader loader;
    private final Map<Path, ClauseIndex> indexes = new HashMap<>();
    private final Map<Path, RuleBook> books = new HashMap<>();

    /** Rule sets under {@code rulesRoot}, one folder per agreement; or only {@code override} when it is not null. */
    public RuleSets(Path rulesRoot, Path override) {
        this(rulesRoot, override, RuleCache.standard());
    }

    /** As {@link #RuleSets(Path, Path)}, keeping compiled rule sets in {@code cache}. */
    public RuleSets(Path rulesRoot, Path override, RuleCache cache) {
        this.rulesRoot = rulesRoot;
        this.override = override;
        this.loader = new RuleBookLoader(cache);
    }

    /** The compiled rule book for the agreement. */
    public RuleBook book(String agreement) throws InvalidInputException {
        Path folder = folderOf(agreement).orElseThrow(() -> new IllegalArgumentException("no rule set for " + agreement));
        RuleBook book = books.get(folder);
        if (book == null) {
            book = loader.load(folder);
            books.put(folder, book);
        }
        return book;
    }

    @Override
    public Optional<Agreement> agreement(String id) {
        Optional<Path> folder = folderOf(id);
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        ClauseIndex index = index(folder.get());
        if (!index.agreement().equals(id)) {
            return Optional.empty();
        }
        Set<String> claimTerms = new LinkedHashSet<>();
        Set<String> terms = new LinkedHashSet<>();
        for (ClauseIndex.Clause c : index.clauses()) {
            claimTerms.add(c.modelled() ? c.term() : c.id());
            if (c.modelled()) {
                terms.add(c.term());
            }
        }
        // The index was checked on reading: the pause has a start with an offset and at least one day.
        LocalDate pauseStart = OffsetDateTime.parse(index.pause().start()).toLocalDate();
        return Optional.of(new Agreement(Set.copyOf(index.parties()), claimTerms, terms, pauseStart, index.pause().initialDays()));
    }

    @Override
    public Set<String> agreements() {
        if (override != null) {
            return Set.of(index(override).agreement());
        }
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> list = Files.list(rulesRoot)) {
            list.filter(p -> Files.isRegularFile(p.resolve(RuleBookLoader.CLAUSE_INDEX)))
                    .forEach(p -> ids.add(p.getFileName().toString()));
        } catch (IOException e) {
            // No rules root: no agreement is known, and the message says so.
        }
        return ids;
    }

    private Optional<Path> folderOf(String agreement) {
        if (override != null) {
            return Optional.of(override);
        }
        if (!AGREEMENT_ID.matcher(agreement).matches()) {
            return Optional.empty();
        }
        Path folder = rulesRoot.resolve(agreement);
        return Files.isRegularFile(folder.resolve(RuleBookLoader.CLAUSE_INDEX)) ? Optional.of(folder) : Optional.empty();
    }

    private ClauseIndex index(Path folder) {
        return indexes.computeIfAbsent(folder, f -> {
            try {
                return loader.readIndex(f);
            } catch (InvalidInputException e) {
                throw new RuleSetException(e);
            }
        });
    }

    /** A rule set that cannot be read, met while reading a fact set that names it. */
    public static final class RuleSetException extends RuntimeException {
        private final InvalidInputException cause;

        RuleSetException(InvalidInputException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }

        public InvalidInputException problems() {
            return cause;
        }
    }
}
