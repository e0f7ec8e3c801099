package org.truce.steps;

import io.cucumber.java.en.Then;
import org.truce.check.ClaimVerdict;
import org.truce.check.Finding;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps of the dispute features of the second agreement: what a claim rests on where it names dates of which only one
 * has a finding of its term, or none has.
 */
public class DisputeSteps2025 {
    private final World world;

    public DisputeSteps2025(World world) {
        this.world = world;
    }

    /** The claim rests on the one finding of its term against the party it accuses on that date, and on no other. */
    @Then("the claim by {party} against {party} about the {term} term, reported by {publisher}, rests on its finding of {date} alone")
    public void restsOnOne(String by, String against, String term, String publisher, LocalDate date) {
        ClaimVerdict claim = world.claim(by, against, term, publisher);
        assertThat(claim.findings()).as("findings behind %s", claim.claim().id())
                .containsExactly(world.theFinding(term, date, against).id());
    }

    /**
     * The claim rests on no finding: its term has no finding against the party it accuses on the date it names, and the
     * report says so as the reason.
     */
    @Then("the claim by {party} against {party} about the {term} term, reported by {publisher}, has no finding to rest on, the term having none on {date}")
    public void restsOnNone(String by, String against, String term, String publisher, LocalDate date) {
        ClaimVerdict claim = world.claim(by, against, term, publisher);
        assertThat(claim.findings()).as("findings behind %s", claim.claim().id()).isEmpty();
        assertThat(claim.reason()).as("reason for %s", claim.claim().id())
                .isEqualTo("no finding of " + term + " against " + against + " on " + date);
    }

    /**
     * A note of the fact set (a remark or figure not counted, with the source that gave it) is listed with the finding of
     * its term that day; the source is named by its publisher, as the fact set gives it.
     */
    @Then("the {term} finding for {party} on {date} lists the note of {publisher}: {string}")
    public void listsNote(String term, String party, LocalDate date, String publisher, String text) {
        Finding finding = world.theFinding(term, date, party);
        assertThat(finding.notes()).as("notes of %s", finding.id())
                .anyMatch(n -> n.text().equals(text) && world.publisherOf(n.source()).equals(publisher));
    }
}
