package org.truce.rulebook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.Results;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.truce.factset.InvalidInputException;
import org.truce.factset.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads an agreement's rule set from a folder: {@code clauses.json} and every {@code *.drl}, compiled through the
 * KIE API. Refuses a rule set whose DRL does not compile, that has no rules, or whose rules do not cite the index.
 */
public final class RuleBookLoader {

    public static final String CLAUSE_INDEX = "clauses.json";
    /**
     * Where the KIE file system keeps a project's rules: a DRL file written anywhere else is silently left out of the
     * build, which then has no rules.
     */
    private static final String RESOURCE_ROOT = "src/main/resources/";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final AtomicLong BUILDS = new AtomicLong();

    private final RuleCache cache;
    private final AtomicLong compiled = new AtomicLong();
    private final AtomicLong cached = new AtomicLong();
    private final AtomicLong compiledFiles = new AtomicLong();

    /** A loader that keeps compiled rule sets in the user's cache ({@link RuleCache#standard()}). */
    public RuleBookLoader() {
        this(RuleCache.standard());
    }

    /** A loader that keeps compiled rule sets in {@code cache}. */
    public RuleBookLoader(RuleCache cache) {
        this.cache = cache;
    }

    /** How many rule sets this loader has compiled. */
    public long compiled() {
        return compiled.get();
    }

    /** How many DRL files this loader has compiled, alone or with the others of their folder. */
    public long compiledFiles() {
        return compiledFiles.get();
    }

    /** How many rule sets this loader has taken, compiled, from its cache. */
    public long fromCache() {
        return cached.get();
    }

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    /** Reads only the clause index of a rule-set folder. */
    public ClauseIndex readIndex(Path folder) throws InvalidInputException {
        Path file = folder.resolve(CLAUSE_INDEX);
        String shown = display(file);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(List.of(new Problem(display(folder), 0, 0, "",
                    "expected a rule-set folder with a clause index " + CLAUSE_INDEX + ", found none")));
        }
        ClauseIndex index;
        try (InputStream in = Files.newInputStream(file)) {
            index = mapper.readValue(in, ClauseIndex.class);
        } catch (JsonMappingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidInputException(List.of(new Problem(shown, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    jsonPath(e), e.getOriginalMessage().lines().findFirst().orElse(""))));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidInputException(List.of(new Problem(shown, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "", "expected well-formed JSON, found a syntax error: " + e.getOriginalMessage().lines().findFirst().orElse(""))));
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem(shown, 0, 0, "", "cannot be read: " + e.getMessage())));
        }
        List<Problem> problems = IndexCheck.problems(index, shown);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return index;
    }

    /** Loads and compiles the rule set in {@code folder}. */
    public RuleBook load(Path folder) throws InvalidInputException {
        ClauseIndex index = readIndex(folder);
        Map<String, byte[]> drl = readDrl(folder);
        Map<String, byte[]> content = new TreeMap<>();
        drl.forEach((name, bytes) -> content.put(resourcePath(name, bytes), bytes));
        String key = RuleCache.key(content);
        List<KieBase> parts = cache.read(key).orElse(null);
        boolean hit = parts != null;
        List<Problem> warnings = new ArrayList<>();
        if (hit) {
            cached.incrementAndGet();
        } else {
            parts = compileParts(folder, drl, warnings);
            compiled.incrementAndGet();
        }
        List<Rule> rules = agreementRules(parts);
        List<Problem> problems = checkRules(folder, index, rules);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // A rule set the builder warns about is compiled again on every run, so its warnings are shown on every run.
        if (!hit && warnings.isEmpty()) {
            cache.write(key, parts);
        }
        Supplier<KieBase> whole = () -> {
            try {
                return compile(folder, drl, new ArrayList<>());
            } catch (InvalidInputException e) {
                // Compiled file by file, the folder loaded; this check needs it compiled together, which it is not.
                List<Problem> why = new ArrayList<>();
                why.add(new Problem(display(folder), 0, 0, "", "expected rule files that compile together, as a check that reaches "
                        + "from one file's rules to another's needs them in one session; found these problems"));
                why.addAll(e.problems());
                throw new RuleSets.RuleSetException(new InvalidInputException(why));
            }
        };
        return new RuleBook(folder, index, parts, whole, rules, warnings);
    }

    /**
     * The rules of {@code drl}, one KieBase per file where the files are apart ({@link Parts}): each is then evaluated
     * in a session of its own, which holds one file's matches rather than all of them. Else all in one KieBase.
     */
    private List<KieBase> compileParts(Path folder, Map<String, byte[]> drl, List<Problem> warnings) throws InvalidInputException {
        if (drl.size() > 1) {
            KieServices ks = KieServices.Factory.get();
            List<KieBase> parts = new ArrayList<>();
            List<Problem> partWarnings = new ArrayList<>();
            List<String> files = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (var file : drl.entrySet()) {
                // A file compiled alone depends on nothing but itself (and truce, Drools, the JVM, which every key
                // covers): an edit of one file compiles that file only.
                String partKey = RuleCache.key(Map.of("part:" + resourcePath(file.getKey(), file.getValue()), file.getValue()));
                KieBase part = cache.readPart(partKey).orElse(null);
                if (part == null) {
                    ReleaseId single = ks.newReleaseId("org.truce.rules", "part-" + BUILDS.incrementAndGet(), "1.0.0");
                    Map<String, byte[]> one = Map.of(file.getKey(), file.getValue());
                    Results results = build(ks, single, one);
                    compiledFiles.incrementAndGet();
                    if (!results.getMessages(Message.Level.ERROR).isEmpty()) {
                        // Compiled together, the folder's errors are told file by file.
                        return List.of(compile(folder, drl, warnings));
                    }
                    List<Problem> fileWarnings = problems(folder, one, results.getMessages(Message.Level.WARNING));
                    partWarnings.addAll(fileWarnings);
                    part = ks.newKieContainer(single).getKieBase();
                    if (fileWarnings.isEmpty()) {
                        cache.writePart(partKey, part);
                    }
                }
                // A file of no rules has nothing to evaluate in a session.
                if (part.getKiePackages().stream().anyMatch(p -> !p.getRules().isEmpty())) {
                    parts.add(part);
                    files.add(file.getKey());
                    texts.add(new String(file.getValue(), StandardCharsets.UTF_8));
                }
            }
            if (parts.size() > 1 && Parts.notApart(files, texts, parts) == null) {
                warnings.addAll(partWarnings);
                return parts;
            }
        }
        return List.of(compile(folder, drl, warnings));
    }

    private Map<String, byte[]> readDrl(Path folder) throws InvalidInputException {
        Map<String, byte[]> files = new TreeMap<>();
        List<Problem> notFiles = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                // Reading a FIFO waits for a writer forever and a device such as /dev/zero never ends: only regular
                // files, or links to them, are read.
                String kind = kind(p);
                if (kind == null) {
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                } else {
                    notFiles.add(new Problem(display(p), 0, 0, "", "expected a DRL file, found " + kind));
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem(display(folder), 0, 0, "", "cannot be read: " + e.getMessage())));
        }
        if (!notFiles.isEmpty()) {
            throw new InvalidInputException(notFiles);
        }
        if (files.isEmpty()) {
            throw new InvalidInputException(List.of(new Problem(display(folder), 0, 0, "",
                    "expected DRL rule files (*.drl) beside " + CLAUSE_INDEX + ", found none")));
        }
        return files;
    }

    /** What {@code file} is when it is not a regular file (after links), or {@code null} when it is one. */
    private static String kind(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "a link to nothing";
        }
        if (Files.isRegularFile(file)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            return "a folder";
        }
        try {
            return switch ((Integer) Files.getAttribute(file, "unix:mode") & 0170000) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "something that is not a file";
            };
        } catch (UnsupportedOperationException e) {
            return "something that is not a file";
        }
    }

    private KieBase compile(Path folder, Map<String, byte[]> drl, List<Problem> warnings) throws InvalidInputException {
        compiledFiles.addAndGet(drl.size());
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("org.truce.rules", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        Results results = build(ks, releaseId, drl);
        List<Message> errors = results.getMessages(Message.Level.ERROR);
        if (errors.isEmpty()) {
            warnings.addAll(problems(folder, drl, results.getMessages(Message.Level.WARNING)));
            return ks.newKieContainer(releaseId).getKieBase();
        }
        // The compiler does not always say which file an error is in; compiling each file alone does.
        List<Problem> problems = new ArrayList<>();
        for (var file : drl.entrySet()) {
            if (drl.size() == 1) {
                problems.addAll(problems(folder.resolve(file.getKey()), errors));
            } else {
                ReleaseId single = ks.newReleaseId("org.truce.rules", "check-" + BUILDS.incrementAndGet(), "1.0.0");
                problems.addAll(problems(folder.resolve(file.getKey()),
                        build(ks, single, Map.of(file.getKey(), file.getValue())).getMessages(Message.Level.ERROR)));
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(problems(folder, errors));
        }
        throw new InvalidInputException(problems.stream().distinct().toList());
    }

    private static Results build(KieServices ks, ReleaseId releaseId, Map<String, byte[]> drl) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        drl.forEach((name, bytes) -> kfs.write(resourcePath(name, bytes), bytes));
        return ks.newKieBuilder(kfs).buildAll().getResults();
    }

    /**
     * Where the KIE file system gets a DRL file: in the folder of its {@code package} ({@code package my_agreement;}
     * gives {@code src/main/resources/my_agreement/}), so that package and path agree and the builder has nothing to
     * warn about; a file with no package line goes to the root.
     */
    static String resourcePath(String name, byte[] bytes) {
        Matcher m = PACKAGE.matcher(new String(bytes, StandardCharsets.UTF_8));
        return RESOURCE_ROOT + (m.find() ? m.group(1).replace('.', '/') + "/" : "") + name;
    }

    /** One problem per builder warning, named after the file whose resource path it gives, else the folder. */
    private static List<Problem> problems(Path folder, Map<String, byte[]> drl, List<Message> warnings) {
        List<Problem> problems = new ArrayList<>();
        for (Message m : warnings) {
            String text = m.getText() == null ? "" : m.getText().replace('\n', ' ').replaceAll("\\s+", " ").trim();
            // The builder gives the path below the resource root (<package>/<file>.drl), not the one written to it.
            Path file = drl.entrySet().stream().filter(e -> resourcePath(e.getKey(), e.getValue()).equals(RESOURCE_ROOT + m.getPath())
                            || resourcePath(e.getKey(), e.getValue()).equals(m.getPath()))
                    .map(e -> folder.resolve(e.getKey())).findFirst().orElse(folder);
            problems.add(new Problem(display(file), Math.max(0, m.getLine()), 0, "", "warning: " + text));
        }
        return problems;
    }

    /** One problem per compiler message, named after {@code file}; the parser's "null Package" echo is left out. */
    private static List<Problem> problems(Path file, List<Message> errors) {
        List<Problem> problems = new ArrayList<>();
        for (Message m : errors) {
            String text = m.getText() == null ? "" : m.getText().replace('\n', ' ').replaceAll("\\s+", " ").trim();
            // equivalent mutant: > 1 to >= 1: Drools adds this echo only when the parser returned no package, which it does only after errors of its own
            if (text.startsWith("Parser returned a null Package") && errors.size() > 1) {
                continue;
            }
            problems.add(new Problem(display(file), Math.max(0, m.getLine()), 0, "", text));
        }
        problems.sort(Comparator.comparingInt(Problem::line));
        return problems;
    }

    private static List<Rule> agreementRules(List<KieBase> parts) {
        List<Rule> rules = new ArrayList<>();
        for (KieBase part : parts) {
            for (KiePackage pkg : part.getKiePackages()) {
                rules.addAll(pkg.getRules());
            }
        }
        rules.sort(Comparator.comparing(Rule::getName));
        return rules;
    }

    private List<Problem> checkRules(Path folder, ClauseIndex index, List<Rule> rules) {
        String shown = display(folder);
        List<Problem> problems = new ArrayList<>();
        if (rules.isEmpty()) {
            problems.add(new Problem(shown, 0, 0, "", "expected DRL rules, found none: the files compiled to zero rules"));
            return problems;
        }
        Set<String> cited = new HashSet<>();
        for (Rule rule : rules) {
            String clause = Metadata.clause(rule);
            String term = Metadata.term(rule);
            String where = "rule \"" + rule.getName() + "\"";
            if (clause == null || term == null) {
                problems.add(new Problem(shown, 0, 0, where, "expected @clause(\"…\") and @term(\"…\") metadata, found "
                        + (clause == null && term == null ? "neither" : clause == null ? "no @clause" : "no @term")));
                continue;
            }
            var entry = index.clause(clause);
            if (entry.isEmpty()) {
                problems.add(new Problem(shown, 0, 0, where, "expected a clause id of " + CLAUSE_INDEX + ", found @clause(\"" + clause + "\")"));
            } else if (!term.equals(entry.get().term())) {
                problems.add(new Problem(shown, 0, 0, where, "expected @term(\"" + entry.get().term() + "\") as " + CLAUSE_INDEX
                        + " gives for " + clause + ", found @term(\"" + term + "\")"));
            } else {
                cited.add(clause);
            }
            if (!rule.getName().startsWith(clause + " ")) {
                problems.add(new Problem(shown, 0, 0, where, "expected the rule name to start with its clause id " + clause));
            }
        }
        for (ClauseIndex.Clause c : index.clauses()) {
            if (c.modelled() && !cited.contains(c.id())) {
                problems.add(new Problem(display(folder.resolve(CLAUSE_INDEX)), 0, 0, "clauses[" + c.id() + "]",
                        "expected a rule citing @clause(\"" + c.id() + "\") for term " + c.term() + ", found none"));
            }
        }
        return problems;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.isEmpty() ? "$" : b.toString();
    }

    static String display(Path path) {
        return Problem.display(path);
    }

}
