package org.truce.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.truce.check.Finding;
import org.truce.factset.Bound;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports and settings of the exchange terms of the second agreement (the schedule of releases, the phase's total, the
 * exchange ratio and the day of the prisoners' release) that the shared steps do not say: living hostages by category
 * counted only in part of a day or as an upper bound, the lag of the prisoners' release, and a party's answer to a
 * finding against it.
 */
public class ExchangeSteps2025 {

    private final World world;

    public ExchangeSteps2025(World world) {
        this.world = world;
    }

    /** A figure for part of the day: the day's living releases of that category were at least that many. */
    @Given("{int} {category} had been released alive in the deal by {time} on {date}, as reported by {publisher}")
    public void livingByTime(int count, String category, LocalTime by, LocalDate date, String publisher) {
        world.facts.day(date).hostages(count, category.isEmpty() ? null : category, "living", Bound.AT_LEAST, publisher);
    }

    /** An upper bound of the day's living releases of that category. */
    @Given("at most {int} {category} were released alive in the deal on {date}, as reported by {publisher}")
    public void livingAtMost(int count, String category, LocalDate date, String publisher) {
        world.facts.day(date).hostages(count, category.isEmpty() ? null : category, "living", Bound.AT_MOST, publisher);
    }

    @Given("the prisoners of an exchange may be released up to {int} pause day(s) after its hostages")
    public void lag(int days) {
        world.override("prisoners-same-day.lag-days", days);
    }

    /**
     * A party's statement about a day, answering the finding of {@code term} against it on that day (a defence), which
     * concerns no clause of the agreement as reported.
     */
    @Given("{party} answered the {term} finding against it on {date} with a reason no clause of the agreement covers, as reported by {publisher}")
    public void answered(String party, String term, LocalDate date, String publisher) {
        String other = party.equals("Israel") ? "Hamas" : "Israel";
        world.facts.claim(party.toLowerCase() + "-answers-" + term + "-" + date, party, other, null, List.of(date), publisher,
                term + "/" + date);
    }

    /**
     * One report of a publisher, among others of it that the term reads (its hostages beside its prisoners), decides
     * nothing, with why; unlike "the report of … decides nothing", the publisher's other reports may form accounts.
     */
    @Then("the count of the hostages by {publisher} decides nothing about the {term} term on {date}, because {string}")
    public void hostagesDecideNothing(String publisher, String term, LocalDate date, String why) {
        Finding finding = world.theFinding(term, date, null);
        RuleCoverage.exercised(finding.clause(), world.scenario);
        List<Finding.Undecided> of = finding.undecidedBy().stream()
                .filter(u -> u.sources().stream().map(world::voiceOf).anyMatch(voice -> voice.contains(publisher)))
                .filter(u -> u.why().equals(why))
                .toList();
        assertThat(of).as("reports of %s that decide nothing about %s because %s (all that decide nothing: %s)", publisher, finding.id(), why,
                finding.undecidedBy()).hasSize(1);
        RuleCoverage.asserted(of.get(0).rule(), world.scenario);
    }
}
