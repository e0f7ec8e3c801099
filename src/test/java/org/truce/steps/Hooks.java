package org.truce.steps;

import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import org.truce.rulebook.RuleBook;
import org.truce.testing.RuleBooks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts and names each scenario for rule coverage, marks the illustrations, and once every scenario has run, fails a
 * run in which none ran and checks the coverage.
 */
public class Hooks {
    /**
     * The properties that select part of the suite ({@code -Dcucumber.filter.tags=...} and so on): a run with any of
     * them set is filtered. Surefire passes them to the JVM of the tests as system properties.
     */
    static final List<String> FILTERS = List.of("cucumber.filter.tags", "cucumber.filter.name", "cucumber.features");

    /** The scenarios this run has started; a filter leaves out a scenario before it starts. */
    private static final AtomicInteger STARTED = new AtomicInteger();

    private final World world;

    public Hooks(World world) {
        this.world = world;
    }

    @BeforeAll
    public static void countFromZero() {
        STARTED.set(0);
    }

    @Before(order = 0)
    public void count() {
        STARTED.incrementAndGet();
    }

    @Before
    public void name(Scenario scenario) {
        String file = scenario.getUri().toString();
        file = file.substring(file.lastIndexOf('/') + 1);
        world.scenario = scenario.getName() + " (" + file + ":" + scenario.getLine() + ")";
        world.illustration = scenario.getSourceTagNames().stream().anyMatch(ILLUSTRATED::contains);
        world.agreement(agreementOf(scenario.getUri().toString()));
    }

    /** The agreement a feature is of: the folder it is in ({@code features/gaza-2025-01/...}). */
    static String agreementOf(String uri) {
        String[] parts = uri.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : RuleBooks.BUNDLED.getFileName().toString();
    }

    /**
     * The features whose scenarios, unless over the bundled reports, use invented figures and so must credit them to
     * placeholder monitors. Every feature is held to it: a real publisher stands only beside a figure it reported.
     */
    static final Set<String> ILLUSTRATED = Set.of("@term", "@calendar", "@dispute", "@not-modelled", "@who-speaks", "@as-of",
            "@explanation");

    /**
     * Fails a run in which no scenario ran, naming the filter that selected none; otherwise writes the coverage report
     * and fails the run, naming each rule that never fired and each clause that no scenario exercised. A filtered run
     * (by tag, name or feature) only writes the report: it cannot cover everything. A run in which no scenario ran
     * writes no report: it has nothing to say, and the last run's report stays.
     */
    @AfterAll
    public static void checkTheRun() throws IOException {
        Map<String, String> filters = filters();
        if (STARTED.get() == 0) {
            throw new AssertionError(nothingRan(filters));
        }
        boolean partial = !filters.isEmpty();
        List<RuleBook> books = RuleBooks.agreements().stream().map(RuleBooks::bundled).toList();
        RuleCoverage.write(books, partial);
        List<String> gaps = books.stream().flatMap(b -> RuleCoverage.gaps(b).stream()).distinct().toList();
        if (!partial && !gaps.isEmpty()) {
            throw new AssertionError("rule coverage is incomplete (see " + RuleCoverage.REPORT + "):\n  " + String.join("\n  ", gaps));
        }
    }

    /** The filters this run was given, by property, in the order of {@link #FILTERS}; blank ones are not filters. */
    static Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String property : FILTERS) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                filters.put(property, value);
            }
        }
        return filters;
    }

    /** Why no scenario ran: the filters that together selected none, and what to check; or that none was given. */
    static String nothingRan(Map<String, String> filters) {
        if (filters.isEmpty()) {
            return "no scenario ran, and no filter (" + String.join(", ", FILTERS) + ") was given: check that "
                    + "features/ holds scenarios";
        }
        List<String> given = new ArrayList<>();
        List<String> check = new ArrayList<>();
        filters.forEach((property, value) -> given.add(property + "=" + value));
        if (filters.containsKey("cucumber.filter.tags")) {
            check.add("tag");
        }
        if (filters.containsKey("cucumber.filter.name")) {
            check.add("name (a regular expression that must match the whole name)");
        }
        if (filters.containsKey("cucumber.features")) {
            check.add("feature path");
        }
        return "no scenario selected by " + String.join(" and ", given) + ": check the " + String.join(" or ", check);
    }
}
