package org.truce.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.truce.check.Finding;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps of the timed terms of the second agreement (the return north, the Netzarim withdrawal, the Rafah crossing): a
 * party's stated reason for its own act, which answers a finding against it as a defence, and the defence as the
 * report lists it beside that finding.
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

    /**
     * The finding lists exactly one defence by {@code by} that a claim reported by {@code publisher} about {@code about}
     * makes. Its verdict is that of the claim, judged on the term it names (another term's findings), so it is asserted
     * where that term is.
     */
    @Then("the {term} finding for {party} on {date} lists {party}'s defence about the {term} term, reported by {publisher}")
    public void defenceListed(String term, String party, LocalDate date, String by, String about, String publisher) {
        Finding finding = world.theFinding(term, date, party);
        List<Finding.Defence> defences = finding.defences().stream()
                .filter(d -> d.by().equals(by))
                .filter(d -> world.report().claims().stream().anyMatch(c -> c.claim().id().equals(d.claim())
                        && about.equals(c.claim().term()) && world.publisherOf(c.claim().source()).equals(publisher)))
                .toList();
        assertThat(defences).as("defences by %s about %s reported by %s on %s (its defences: %s)", by, about, publisher, finding.id(),
                finding.defences()).hasSize(1);
    }
}
