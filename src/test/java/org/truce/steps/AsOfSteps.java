package org.truce.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.truce.check.AsOf;
import org.truce.factset.Published;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** What was known when: when each report was published, and a check as of a time, as {@code --as-of} runs it. */
public class AsOfSteps {
    /** The agreement's local time, as the clause index gives it (the offset of the pause's start). */
    private static final ZoneOffset LOCAL = ZoneOffset.ofHours(2);
    private final World world;

    public AsOfSteps(World world) {
        this.world = world;
    }

    @Given("{publisher} published its report at {time} on {date}")
    public void publishedAt(String publisher, LocalTime time, LocalDate date) {
        world.published.put(world.facts.source(publisher), Published.at(date.atTime(time).atOffset(LOCAL)));
    }

    @Given("{publisher} published its report on {date}, at a time not given")
    public void publishedOn(String publisher, LocalDate date) {
        world.published.put(world.facts.source(publisher), Published.on(date));
    }

    @Given("{publisher} gave no date of publication")
    public void notDated(String publisher) {
        world.facts.source(publisher);
        world.published.remove(world.facts.source(publisher));
    }

    @When("the agreement is checked as of {time} on {date}")
    public void checkAsOf(LocalTime time, LocalDate date) {
        world.asOf = AsOf.parse(date.atTime(time).atOffset(LOCAL).toString());
        world.check();
    }

    @When("the agreement is checked as of the end of {date}")
    public void checkAsOfEndOf(LocalDate date) {
        world.asOf = AsOf.parse(date.toString());
        world.check();
    }

    @Then("the report says it shows only what was known: {string}")
    public void saysAsOf(String line) {
        assertThat(world.report().scenario().asOf()).as("the as-of of the run").isNotNull();
        assertThat(world.report().scenario().asOf().header()).isEqualTo(line);
    }

    @Then("no claim had been reported yet")
    public void noClaim() {
        assertThat(world.report().claims()).as("claims known then").isEmpty();
    }
}
