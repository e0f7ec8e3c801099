package org.truce.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.truce.check.Finding;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Notes of the day, which decide nothing, and the findings that list them. */
public class NoteSteps {
    private final World world;

    public NoteSteps(World world) {
        this.world = world;
    }

    @Given("{publisher} noted on {date} {string}, bearing on the {term} term")
    public void noteOnTerm(String publisher, LocalDate date, String text, String term) {
        world.facts.day(date).note(text, term, publisher);
    }

    @Given("{publisher} noted on {date} {string}, bearing on no term")
    public void noteOnNoTerm(String publisher, LocalDate date, String text) {
        world.facts.day(date).note(text, null, publisher);
    }

    @Then("the {term} finding on {date} lists the note {string}, by {publisher}")
    public void listsNote(String term, LocalDate date, String text, String publisher) {
        Finding f = world.theFinding(term, date, null);
        assertThat(f.notes()).as("notes of %s", f.id()).containsExactly(new Finding.Note(text, world.facts.source(publisher)));
    }

    @Then("the {term} finding on {date} lists no note")
    public void listsNoNote(String term, LocalDate date) {
        Finding f = world.theFinding(term, date, null);
        assertThat(f.notes()).as("notes of %s", f.id()).isEmpty();
    }
}
