package org.truce.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.truce.check.Finding;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Who speaks: which party a source relays, and the accounts that rest only on an interested party's word. */
public class SpeakerSteps {
    private final World world;

    public SpeakerSteps(World world) {
        this.world = world;
    }

    @Given("{publisher} relays the statements of {party}")
    public void relays(String publisher, String party) {
        world.facts.speaksFor(publisher, party);
    }

    @Then("the account of {publisher} for the {term} term on {date} rests only on the word of an interested party")
    public void selfReported(String publishers, String term, LocalDate date) {
        assertThat(accountsOf(publishers, term, date)).as("the account of %s for %s on %s is marked", publishers, term, date)
                .allMatch(Finding.Account::selfReported);
    }

    @Then("the account of {publisher} for the {term} term on {date} does not rest only on the word of an interested party")
    public void notSelfReported(String publishers, String term, LocalDate date) {
        assertThat(accountsOf(publishers, term, date)).as("the account of %s for %s on %s is not marked", publishers, term, date)
                .noneMatch(Finding.Account::selfReported);
    }

    /** The accounts of the finding that rest on reports of exactly these publishers ("Party statement A and Monitor A"). */
    private List<Finding.Account> accountsOf(String publishers, String term, LocalDate date) {
        Finding f = world.theFinding(term, date, null);
        Set<String> named = new TreeSet<>();
        Arrays.stream(publishers.split(" and ")).map(String::strip).forEach(named::add);
        List<Finding.Account> accounts = f.accounts().stream()
                .filter(a -> new TreeSet<>(a.sources().stream().map(world::publisherOf).toList()).equals(named)).toList();
        assertThat(accounts).as("accounts of %s resting on %s", f.id(), publishers).isNotEmpty();
        return accounts;
    }
}
