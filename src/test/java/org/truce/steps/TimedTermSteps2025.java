package org.truce.steps;

import io.cucumber.java.en.Given;

import java.time.LocalDate;
import java.util.List;

/**
 * Steps of the timed terms of the second agreement (the return north, the Netzarim withdrawal, the Rafah crossing): a
 * party's stated reason for its own act, which answers a finding against it as a defence.
 */
public class TimedTermSteps2025 {
    private final World world;

    public TimedTermSteps2025(World world) {
        this.world = world;
    }

    /**
     * A defence: {@code by} says it acted as it did because {@code against} breached a term; the claim answers the finding
     * of {@code answered} against {@code by} on {@code answeredOn}.
     */
    @Given("{party} gave as its reason for the {term} finding on {date} that {party} breached the {term} term on {date}, as reported by {publisher}")
    public void reason(String by, String answered, LocalDate answeredOn, String against, String term, LocalDate date, String publisher) {
        world.facts.claim(by.toLowerCase() + "-reason-" + answered + "-" + answeredOn, by, against, term, List.of(date), publisher,
                answered + "/" + answeredOn);
    }
}
