package org.truce.steps;

import io.cucumber.java.en.Given;
import org.truce.factset.Bound;

import java.time.LocalDate;

/** Upper bounds of the trucks to the north and of the fuel trucks of a day, as one publisher reported them (gaza-2025-01). */
public class AidSteps2025 {
    private final World world;

    public AidSteps2025(World world) {
        this.world = world;
    }

    @Given("at most {int} aid trucks entered northern Gaza on {date}, as reported by {publisher}")
    public void northAtMost(int count, LocalDate date, String publisher) {
        world.facts.day(date).trucksToNorth(count, Bound.AT_MOST, publisher);
    }

    @Given("at most {int} fuel trucks entered Gaza on {date}, as reported by {publisher}")
    public void fuelTrucksAtMost(int count, LocalDate date, String publisher) {
        world.facts.day(date).fuelTrucksIn(count, Bound.AT_MOST, publisher);
    }
}
