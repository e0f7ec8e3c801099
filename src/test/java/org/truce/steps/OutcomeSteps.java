package org.truce.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.truce.check.ClaimVerdict;
import org.truce.check.Finding;
import org.truce.check.Status;
import org.truce.check.Verdict;
import org.truce.rulebook.ClauseIndex;
import org.truce.testing.RuleBooks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader of the report sees: the clause as reported, each term's status, each claim's verdict, and the pause calendar. */
public class OutcomeSteps {
    private final World world;
    private Finding finding;
    private ClaimVerdict claim;

    public OutcomeSteps(World world) {
        this.world = world;
    }

    // The clause as reported: ClauseSteps checks its quote and who reported it.

    @Given("clause {clause} is headed {string}")
    public void clauseHeaded(String id, String heading) {
        assertThat(clause(id).heading()).as("heading of clause %s in the clause index", id).isEqualTo(heading);
    }

    // Findings of a term.

    @Then("the {term} term is {status} on {date}")
    public void status(String term, Status status, LocalDate date) {
        finding = world.theFinding(term, date, null);
        exercised(finding);
        assertThat(finding.status()).as("status of %s on %s (%s)", term, date, finding.summary()).isEqualTo(status);
        assertedOutcome(finding, null, status);
    }

    @Then("the {term} term is {status} for {party} on {date}")
    public void statusFor(String term, Status status, String party, LocalDate date) {
        finding = world.theFinding(term, date, party);
        exercised(finding);
        assertThat(finding.status()).as("status of %s for %s on %s (%s)", term, party, date, finding.summary()).isEqualTo(status);
        assertedOutcome(finding, null, status);
    }

    /** The finding of a term over several days, from totals of those days. */
    @Then("the {term} term is {status} over {date} to {date}")
    public void statusOver(String term, Status status, LocalDate from, LocalDate to) {
        finding = world.thePeriodFinding(term, from, to);
        exercised(finding);
        assertThat(finding.status()).as("status of %s (%s)", finding.id(), finding.summary()).isEqualTo(status);
        assertedOutcome(finding, null, status);
    }

    @Then("under the reading {string} the {term} term is {status} over {date} to {date}")
    public void statusOverUnder(String reading, String term, Status status, LocalDate from, LocalDate to) {
        finding = world.thePeriodFinding(term, from, to);
        exercised(finding.clause(), reading);
        Status actual = under(finding, reading).status();
        assertThat(actual).as("status of %s under the reading %s (%s)", finding.id(), reading, finding.summary()).isEqualTo(status);
        assertedOutcome(finding, reading, actual);
    }

    /** The account of one source over a period, under a reading: what it shows, as the report says it. */
    @Then("under the reading {string}, the report of {publisher} over {date} to {date} shows the {term} term {status}: {string}")
    public void accountOver(String reading, String publisher, LocalDate from, LocalDate to, String term, Status status, String detail) {
        finding = world.thePeriodFinding(term, from, to);
        exercised(finding.clause(), reading);
        List<Finding.Account> of = finding.accounts().stream().filter(a -> reading.equals(a.reading()))
                .filter(a -> a.sources().stream().map(world::voiceOf).anyMatch(v -> v.contains(publisher))).toList();
        assertThat(of).extracting(Finding.Account::status, Finding.Account::detail)
                .as("accounts of %s under %s resting on %s", finding.id(), reading, publisher)
                .contains(org.assertj.core.groups.Tuple.tuple(status, detail));
        of.forEach(a -> RuleCoverage.asserted(a.rule(), world.scenario));
    }

    /** The account of one source over a period, of a clause read one way only: what it shows, as the report says it. */
    @Then("the report of {publisher} over {date} to {date} shows the {term} term {status}: {string}")
    public void accountOver(String publisher, LocalDate from, LocalDate to, String term, Status status, String detail) {
        finding = world.thePeriodFinding(term, from, to);
        exercised(finding.clause());
        List<Finding.Account> of = finding.accounts().stream().filter(a -> a.reading() == null)
                .filter(a -> a.sources().stream().map(world::voiceOf).anyMatch(v -> v.contains(publisher))).toList();
        assertThat(of).extracting(Finding.Account::status, Finding.Account::detail)
                .as("accounts of %s resting on %s", finding.id(), publisher)
                .contains(org.assertj.core.groups.Tuple.tuple(status, detail));
        of.forEach(a -> RuleCoverage.asserted(a.rule(), world.scenario));
    }

    /** A total over a period, of a clause read one way only, forms no account, and the period's finding lists it with why. */
    @Then("the report of {publisher} over {date} to {date} decides nothing about the {term} term, because {string}")
    public void decidesNothingOver(String publisher, LocalDate from, LocalDate to, String term, String why) {
        finding = world.thePeriodFinding(term, from, to);
        exercised(finding.clause());
        List<Finding.Undecided> of = finding.undecidedBy().stream().filter(u -> u.reading() == null)
                .filter(u -> u.sources().stream().map(world::voiceOf).anyMatch(v -> v.contains(publisher))).toList();
        assertThat(of).extracting(Finding.Undecided::why).as("why the reports of %s decide nothing about %s", publisher, finding.id()).contains(why);
        of.stream().filter(u -> u.why().equals(why)).forEach(u -> RuleCoverage.asserted(u.rule(), world.scenario));
    }

    /** A total over a period forms no account under a reading, and the period's finding lists it with why. */
    @Then("under the reading {string}, the report of {publisher} over {date} to {date} decides nothing about the {term} term, because {string}")
    public void decidesNothingOver(String reading, String publisher, LocalDate from, LocalDate to, String term, String why) {
        finding = world.thePeriodFinding(term, from, to);
        exercised(finding.clause(), reading);
        List<Finding.Undecided> of = finding.undecidedBy().stream().filter(u -> reading.equals(u.reading()))
                .filter(u -> u.sources().stream().map(world::voiceOf).anyMatch(v -> v.contains(publisher))).toList();
        assertThat(of).extracting(Finding.Undecided::why).as("why the reports of %s decide nothing about %s", publisher, finding.id()).contains(why);
        of.stream().filter(u -> u.why().equals(why)).forEach(u -> RuleCoverage.asserted(u.rule(), world.scenario));
    }

    @Then("the {term} term binds {party}")
    public void binds(String term, String party) {
        List<Finding> findings = world.report().findings().stream().filter(f -> f.to() == null && f.term().equals(term)).toList();
        assertThat(findings).as("findings of %s", term).isNotEmpty();
        findings.forEach(f -> exercised(f.clause()));
        assertThat(findings).extracting(Finding::party).as("party bound by %s", term).containsOnly(party);
    }

    @Then("the {term} term has no finding on {date}")
    public void noFinding(String term, LocalDate date) {
        exercised(clauseOfTerm(term));
        assertThat(world.finding(term, date, null)).as("finding of %s on %s", term, date).isEmpty();
    }

    @Then("the finding requires {string}")
    public void requires(String requirement) {
        assertThat(finding.requirement()).as("requirement of %s", finding.id()).isEqualTo(requirement);
    }

    @Then("the finding says it lacks {string}")
    public void lacks(String needed) {
        assertThat(finding.accounts()).as("accounts of %s", finding.id()).isEmpty();
        assertThat(finding.summary()).as("summary of %s", finding.id()).startsWith("no account in this fact set: needs ").contains(needed);
    }

    /**
     * Compares the distinct accounts: several sources that report alike are one row. Column "reported" is what the
     * account rests on, as the report shows it. Where the accounts hold under more than one reading of the clause, column
     * "under the reading" says which each row holds under. An optional column "rests on a report by" names a publisher
     * (or whom it relays) that some account of that row rests on.
     */
    @Then("the accounts of the {term} term on {date} are:")
    public void accounts(String term, LocalDate date, List<Map<String, String>> rows) {
        accounts(term, date, null, rows);
    }

    @Then("the accounts of the {term} term for {party} on {date} are:")
    public void accounts(String term, LocalDate date, String party, List<Map<String, String>> rows) {
        finding = world.theFinding(term, date, party);
        exercised(finding);
        Set<String> readings = new TreeSet<>();
        finding.accounts().stream().map(Finding.Account::reading).filter(Objects::nonNull).forEach(readings::add);
        boolean byReading = !rows.isEmpty() && rows.get(0).containsKey("under the reading");
        if (readings.size() > 1 && !byReading) {
            throw new AssertionError("the accounts of " + finding.id() + " hold under the readings " + readings
                    + ": say which each row holds under, in a column \"under the reading\"");
        }
        Set<String> actual = new LinkedHashSet<>();
        finding.accounts().forEach(a -> actual.add(row(a.detail(), byReading ? a.reading() : null, a.status().name())));
        Set<String> expected = new LinkedHashSet<>();
        rows.forEach(r -> expected.add(row(r.get("reported"), byReading ? r.get("under the reading") : null, r.get("status"))));
        assertThat(actual).as("accounts of %s on %s", term, date).containsExactlyInAnyOrderElementsOf(expected);
        finding.accounts().forEach(a -> RuleCoverage.asserted(a.rule(), world.scenario));
        for (Map<String, String> row : rows) {
            if (byReading) {
                exercised(finding.clause(), row.get("under the reading"));
            }
            String by = row.get("rests on a report by");
            if (by != null && !by.isBlank()) {
                assertThat(finding.accounts().stream()
                        .filter(a -> a.detail().equals(row.get("reported")))
                        .filter(a -> !byReading || row.get("under the reading").equals(a.reading()))
                        .flatMap(a -> a.sources().stream()).map(world::voiceOf))
                        .as("sources of the account %s", row.get("reported"))
                        .anyMatch(voice -> voice.contains(by));
            }
        }
    }

    private static String row(String reported, String reading, String status) {
        return reported + (reading == null ? "" : " [under the reading " + reading + "]") + " → " + status;
    }

    // Readings: a clause reported in more than one way is read each way, side by side, and none is chosen.

    @Then("under the reading {string} the {term} term is {status} on {date}")
    public void statusUnder(String reading, String term, Status status, LocalDate date) {
        statusUnder(reading, term, status, null, date);
    }

    @Then("under the reading {string} the {term} term is {status} for {party} on {date}")
    public void statusUnder(String reading, String term, Status status, String party, LocalDate date) {
        finding = world.theFinding(term, date, party);
        Finding.ReadingStatus under = under(finding, reading);
        exercised(finding.clause(), reading);
        assertThat(under.status()).as("status of %s under the reading %s (%s)", finding.id(), reading, finding.summary()).isEqualTo(status);
        assertedOutcome(finding, reading, status);
    }

    /** The finding is CONTESTED, and its {@code contestedBy} says why: its readings, its sources, or both disagree. */
    @Then("the {term} term is CONTESTED on {date}, because {contest}")
    public void contested(String term, LocalDate date, List<String> by) {
        contested(term, null, date, by);
    }

    @Then("the {term} term is CONTESTED for {party} on {date}, because {contest}")
    public void contested(String term, String party, LocalDate date, List<String> by) {
        finding = world.theFinding(term, date, party);
        exercised(finding.clause());
        assertThat(finding.status()).as("status of %s (%s)", finding.id(), finding.summary()).isEqualTo(Status.CONTESTED);
        assertThat(finding.contestedBy()).as("what contests %s (its readings: %s)", finding.id(), finding.readings())
                .containsExactlyElementsOf(by);
        assertedOutcome(finding, null, Status.CONTESTED);
    }

    /**
     * The finding under each reading in force of its clause, every one of them: its status, who holds it (each holder as
     * the clause index names it, or the start of that name, with " … " for words left out, separated by "; "), and, in an
     * optional column "requires", what the reading requires.
     */
    @Then("under each reading, the {term} term on {date} is:")
    public void underEachReading(String term, LocalDate date, List<Map<String, String>> rows) {
        underEachReading(term, null, date, rows);
    }

    @Then("under each reading, the {term} term for {party} on {date} is:")
    public void underEachReading(String term, String party, LocalDate date, List<Map<String, String>> rows) {
        finding = world.theFinding(term, date, party);
        exercised(finding.clause());
        assertThat(rows).extracting(r -> r.get("reading")).as("the readings of %s", finding.id())
                .containsExactlyInAnyOrderElementsOf(finding.readings().stream().map(Finding.ReadingStatus::id).toList());
        for (Map<String, String> row : rows) {
            Finding.ReadingStatus under = under(finding, row.get("reading"));
            exercised(finding.clause(), under.id());
            assertThat(under.status()).as("status of %s under the reading %s (%s)", finding.id(), under.id(), finding.summary())
                    .isEqualTo(Status.valueOf(row.get("status")));
            assertedOutcome(finding, under.id(), under.status());
            heldBy(under, row.get("held by"));
            if (row.containsKey("requires")) {
                assertThat(under.requirement()).as("what %s requires under the reading %s", finding.id(), under.id())
                        .isEqualTo(row.get("requires"));
            }
        }
    }

    /** Every finding of the term, one row per date, with its status under one reading: no date left out, none added. */
    @Then("under the reading {string}, the {term} term on each pause day is:")
    public void underReadingEachDay(String reading, String term, List<Map<String, String>> rows) {
        List<Finding> findings = world.report().findings().stream().filter(f -> f.to() == null && f.term().equals(term)).toList();
        assertThat(findings).as("findings of %s", term).isNotEmpty();
        Map<LocalDate, Status> actual = new TreeMap<>();
        for (Finding f : findings) {
            actual.put(f.date(), under(f, reading).status());
        }
        Map<LocalDate, Status> expected = new TreeMap<>();
        rows.forEach(r -> expected.put(ParameterTypes.parseDate(r.get("date")), Status.valueOf(r.get("status"))));
        exercised(findings.get(0).clause(), reading);
        assertThat(actual).as("status of %s on each pause day under the reading %s", term, reading).containsExactlyEntriesOf(expected);
        findings.forEach(f -> assertedOutcome(f, reading, actual.get(f.date())));
    }

    /**
     * Under one reading, a report of the term forms no account and is listed among the reports that decide nothing, with
     * why. The report is named by its publisher, or by whom it relays.
     */
    @Then("under the reading {string}, the report of {publisher} decides nothing about the {term} term on {date}, because {string}")
    public void decidesNothing(String reading, String publisher, String term, LocalDate date, String why) {
        undecided(reading, publisher, term, date, why);
    }

    /** A report of a term of a clause read one way only forms no account, and the finding lists it with why. */
    @Then("the report of {publisher} decides nothing about the {term} term on {date}, because {string}")
    public void decidesNothing(String publisher, String term, LocalDate date, String why) {
        undecided(null, publisher, term, date, why);
    }

    private Finding.Undecided undecided(String reading, String publisher, String term, LocalDate date, String why) {
        finding = world.theFinding(term, date, null);
        if (reading == null) {
            exercised(finding.clause());
        } else {
            under(finding, reading);
            exercised(finding.clause(), reading);
        }
        List<Finding.Undecided> of = finding.undecidedBy().stream()
                .filter(u -> Objects.equals(reading, u.reading()))
                .filter(u -> u.sources().stream().map(world::voiceOf).anyMatch(voice -> voice.contains(publisher)))
                .toList();
        assertThat(of).extracting(Finding.Undecided::why)
                .as("why the reports of %s decide nothing about %s under the reading %s (all that decide nothing: %s)",
                        publisher, finding.id(), reading, finding.undecidedBy())
                .contains(why);
        Finding.Undecided undecided = of.stream().filter(u -> u.why().equals(why)).findFirst().orElseThrow();
        assertThat(finding.accounts()).filteredOn(a -> Objects.equals(reading, a.reading()))
                .as("accounts of %s under the reading %s that rest on %s, a report that decides nothing", finding.id(), reading,
                        undecided.sources())
                .noneMatch(a -> a.sources().stream().anyMatch(undecided.sources()::contains));
        RuleCoverage.asserted(undecided.rule(), world.scenario);
        return undecided;
    }

    /**
     * Every report of the term that, under one reading, decides nothing: one row each, column "report by" naming its
     * publisher (or whom it relays), column "because" saying why, as the finding does. No such report is left out.
     */
    @Then("under the reading {string}, these reports decide nothing about the {term} term on {date}:")
    public void decideNothing(String reading, String term, LocalDate date, List<Map<String, String>> rows) {
        Set<Finding.Undecided> named = new LinkedHashSet<>();
        for (Map<String, String> row : rows) {
            named.add(undecided(reading, row.get("report by"), term, date, row.get("because")));
        }
        assertThat(named).as("the reports named, each one of its own").hasSize(rows.size());
        assertThat(finding.undecidedBy()).filteredOn(u -> reading.equals(u.reading()))
                .as("reports of %s that decide nothing under the reading %s", finding.id(), reading)
                .containsExactlyInAnyOrderElementsOf(named);
    }

    /**
     * The finding's summary counts, in brackets after what the reports say, its accounts and the reports that decide
     * nothing ("2 accounts; 1 report decides nothing"); each count is that of the finding's own accounts and reports
     * that decide nothing, so that the summary does not hide a report that left a reading undecided.
     */
    @Then("the finding's summary counts {string}")
    public void summaryCounts(String counted) {
        assertThat(finding.summary()).as("summary of %s", finding.id()).contains(" (" + counted + "); requires ");
        Matcher accounts = Pattern.compile("\\b(\\d+) accounts\\b").matcher(counted);
        assertThat(accounts.find() ? Integer.parseInt(accounts.group(1)) : 1).as("accounts of %s, as its summary counts them", finding.id())
                .isEqualTo(finding.accounts().size());
        Matcher open = Pattern.compile("\\b(\\d+) reports? decides? nothing\\b").matcher(counted);
        assertThat(open.find() ? Integer.parseInt(open.group(1)) : 0).as("reports of %s that decide nothing, as its summary counts them",
                finding.id()).isEqualTo(finding.undecidedBy().size());
    }

    /** A finding that no report decides says so, and why, rather than that the fact set lacks a report. */
    @Then("the finding says no report decides it, not that a report is lacking")
    public void noReportDecides() {
        assertThat(finding.accounts()).as("accounts of %s", finding.id()).isEmpty();
        assertThat(finding.undecidedBy()).as("reports of %s that decide nothing", finding.id()).isNotEmpty();
        assertThat(finding.summary()).as("summary of %s", finding.id()).startsWith("no report decides it: ").doesNotContain("needs ");
        for (Finding.Undecided u : finding.undecidedBy()) {
            // The summary leaves out the rules that could have decided a report no rule decided; undecidedBy keeps them.
            int cut = u.why().indexOf(" (rules of the term that could have: ");
            assertThat(finding.summary()).as("summary of %s, which says why each report decides nothing", finding.id())
                    .contains(cut < 0 ? u.why() : u.why().substring(0, cut));
            RuleCoverage.asserted(u.rule(), world.scenario);
        }
    }


    /** A report of the finding's day that no rule of its term decided is listed, with the rules that could have, never dropped. */
    @Then("the report of {publisher} is listed as one that no rule of the {term} term decided")
    public void noRuleDecided(String publisher, String term) {
        assertThat(finding.term()).isEqualTo(term);
        String source = world.facts.source(publisher);
        assertThat(finding.undecidedBy()).as("reports of %s that decide nothing", finding.id())
                .anySatisfy(u -> {
                    assertThat(u.sources()).contains(source);
                    assertThat(u.rule()).as("the rule that said so: none").isNull();
                    assertThat(u.why()).contains(": a report of this day that no rule of the term decided (rules of the term that could have: ");
                });
    }

    /** The report says, in its header, that it is a what-if and what it changes. */
    @Then("the report says it is a what-if: {string}")
    public void whatIf(String line) {
        assertThat(world.report().scenario().whatIf()).as("what-if lines of the report").contains(line);
    }

    /**
     * Records, for rule coverage, the rules behind what a status rests on: the finding's accounts (under one reading, or
     * all of them), and, where the status is UNDETERMINED, its reports that decided nothing.
     */
    private void assertedOutcome(Finding f, String reading, Status status) {
        f.accounts().stream().filter(a -> reading == null || reading.equals(a.reading()))
                .forEach(a -> RuleCoverage.asserted(a.rule(), world.scenario));
        if (status == Status.UNDETERMINED) {
            f.undecidedBy().stream().filter(u -> reading == null || reading.equals(u.reading()))
                    .forEach(u -> RuleCoverage.asserted(u.rule(), world.scenario));
        }
    }

    private static Finding.ReadingStatus under(Finding finding, String reading) {
        return finding.readings().stream().filter(r -> r.id().equals(reading)).findFirst()
                .orElseThrow(() -> new AssertionError(finding.id() + " has no status under the reading " + reading
                        + "; its readings in this check are " + finding.readings().stream().map(Finding.ReadingStatus::id).toList()));
    }

    /**
     * Each holder of the cell, separated by "; ", is the start of the name the clause index gives that holder, in its
     * order; " … " leaves out words of the name, and what follows it must come later in the name, in the order written
     * ("a Hamas official … at its lower figure").
     */
    private static void heldBy(Finding.ReadingStatus reading, String cell) {
        List<String> named = cell == null ? List.of() : Arrays.stream(cell.split("; ")).map(String::strip).toList();
        assertThat(named).as("who holds the reading %s, as the clause index names them: %s", reading.id(), reading.heldBy())
                .hasSameSizeAs(reading.heldBy());
        for (int i = 0; i < named.size(); i++) {
            String holder = reading.heldBy().get(i);
            String[] parts = named.get(i).split(" … ");
            assertThat(holder).as("holder %d of the reading %s", i + 1, reading.id()).startsWith(parts[0]);
            int from = parts[0].length();
            for (int p = 1; p < parts.length; p++) {
                int at = holder.indexOf(parts[p], from);
                assertThat(at).as("holder %d of the reading %s, \"%s\", has \"%s\" after \"%s\"", i + 1, reading.id(), holder, parts[p],
                        parts[p - 1]).isGreaterThanOrEqualTo(from);
                from = at + parts[p].length();
            }
        }
    }

    // Claims.

    @Then("the claim by {party} against {party} about the {term} term, reported by {publisher}, is {verdict}")
    public void claimAboutTerm(String by, String against, String term, String publisher, Verdict verdict) {
        judge(by, against, term, publisher, verdict);
    }

    @Then("the claim by {party} against {party} about clause {clause}, reported by {publisher}, is {verdict}")
    public void claimAboutClause(String by, String against, String clause, String publisher, Verdict verdict) {
        judge(by, against, clause, publisher, verdict);
    }

    @Then("the claim by {party} against {party} about no clause of the agreement, reported by {publisher}, is {verdict}")
    public void claimAboutNoClause(String by, String against, String publisher, Verdict verdict) {
        judge(by, against, null, publisher, verdict);
    }

    @Then("the reason given is that clause {clause} is not modelled")
    public void notModelled(String id) {
        assertThat(claim.reason()).as("reason for %s", claim.claim().id())
                .startsWith("clause " + id + " (" + clause(id).heading() + ") is not modelled: ")
                .endsWith(clause(id).notModelled());
    }

    @Then("the reason given is that the claim concerns no clause of the agreement")
    public void concernsNoClause() {
        assertThat(claim.reason()).as("reason for %s", claim.claim().id()).isEqualTo("the claim concerns no clause of the agreement as reported");
        assertThat(claim.findings()).as("findings behind %s", claim.claim().id()).isEmpty();
    }

    @Then("the claim rests on the findings of the {term} term on {date} and {date}")
    public void claimRestsOn(String term, LocalDate first, LocalDate second) {
        assertThat(claim.findings()).as("findings behind %s", claim.claim().id())
                .containsExactly(world.theFinding(term, first, claim.claim().against()).id(),
                        world.theFinding(term, second, claim.claim().against()).id());
    }

    // Defences: a claim that answers a finding against its author, shown on that finding.

    @Then("the {term} finding for {party} on {date} lists {party}'s defence, reported by {publisher}, with the verdict {verdict}")
    public void defence(String term, String party, LocalDate date, String by, String publisher, Verdict verdict) {
        defence(term, party, date, by, null, publisher, verdict);
    }

    /** Where one outlet reports several defences, the clause each is about tells them apart. */
    @Then("the {term} finding for {party} on {date} lists {party}'s defence about clause {clause}, reported by {publisher}, with the verdict {verdict}")
    public void defence(String term, String party, LocalDate date, String by, String about, String publisher, Verdict verdict) {
        finding = world.theFinding(term, date, party);
        exercised(finding.clause());
        List<Finding.Defence> defences = finding.defences().stream()
                .filter(d -> d.by().equals(by))
                .filter(d -> world.report().claims().stream().anyMatch(c -> c.claim().id().equals(d.claim())
                        && world.publisherOf(c.claim().source()).equals(publisher)
                        && (about == null || about.equals(c.claim().term())
                            || c.claim().term() != null && c.claim().term().equals(clause(about).term()))))
                .toList();
        assertThat(defences).as("defences by %s reported by %s on %s (its defences: %s)", by, publisher, finding.id(), finding.defences())
                .hasSize(1);
        assertThat(defences.get(0).verdict()).as("verdict on the defence %s", defences.get(0).claim()).isEqualTo(verdict);
    }

    private void judge(String by, String against, String term, String publisher, Verdict verdict) {
        claim = world.claim(by, against, term, publisher);
        if (term != null) {
            exercised(world.book().index().clause(term).map(ClauseIndex.Clause::id).orElseGet(() -> clauseOfTerm(term)));
        }
        assertThat(claim.verdict()).as("verdict on %s (%s)", claim.claim().id(), claim.reason()).isEqualTo(verdict);
    }

    // The pause calendar.

    @Then("{date} is a pause day")
    public void pauseDay(LocalDate date) {
        exercisedPause();
        assertThat(world.finding("daily-aid-trucks", date, null)).as("a daily aid finding on %s", date).isPresent();
        assertThat(world.finding("exchange-ratio", date, null)).as("an exchange ratio finding on %s", date).isPresent();
    }

    @Then("{date} is an extension day")
    public void extensionDay(LocalDate date) {
        pauseDay(date);
        assertThat(world.finding("extension-hostages", date, null)).as("an extension day finding on %s", date).isPresent();
    }

    @Then("{date} is not an extension day")
    public void notExtensionDay(LocalDate date) {
        exercisedPause();
        assertThat(world.finding("extension-hostages", date, null)).as("an extension day finding on %s", date).isEmpty();
    }

    @Then("{date} is the last pause day, which runs until {time} on {date}")
    public void lastPauseDay(LocalDate last, LocalTime until, LocalDate next) {
        exercisedPause();
        assertThat(world.finding("daily-aid-trucks", last, null)).as("a daily aid finding on %s", last).isPresent();
        assertThat(world.finding("daily-aid-trucks", last.plusDays(1), null)).as("a daily aid finding on %s", last.plusDays(1)).isEmpty();
        assertThat(next).as("the day after the last pause day").isEqualTo(last.plusDays(1));
        assertThat(OffsetDateTime.parse(world.report().index().pause().start()).toLocalTime())
                .as("the hour at which each pause day starts, and the last one ends").isEqualTo(until);
    }

    @Then("{date} is not a pause day, and no term applies to it")
    public void notPauseDay(LocalDate date) {
        exercisedPause();
        assertThat(world.report().findings()).filteredOn(f -> f.date().equals(date)).as("findings on %s", date).isEmpty();
        if (world.report().facts().days().stream().anyMatch(d -> d.date().equals(date))) {
            assertThat(world.report().notes()).as("notes of the report")
                    .anyMatch(n -> n.startsWith(date + " is not a pause day") && n.endsWith("no term applies to it"));
        }
    }

    private void exercisedPause() {
        world.book().index().pause().clauses().forEach(this::exercised);
    }

    private void exercised(String clause) {
        RuleCoverage.exercised(clause, world.scenario);
    }

    private void exercised(String clause, String reading) {
        RuleCoverage.exercised(clause, reading, world.scenario);
    }

    /** A finding's clause, and, where the check kept one reading of it (a what-if), that reading. */
    private void exercised(Finding f) {
        exercised(f.clause());
        if (f.readings().size() == 1) {
            exercised(f.clause(), f.readings().get(0).id());
        }
    }

    private ClauseIndex.Clause clause(String id) {
        return world.book().index().clause(id).orElseThrow(() -> new AssertionError("no clause " + id + " in the clause index"));
    }

    private String clauseOfTerm(String term) {
        return world.book().index().clauseOfTerm(term).map(ClauseIndex.Clause::id)
                .orElseThrow(() -> new AssertionError("no clause models the term " + term));
    }
}
