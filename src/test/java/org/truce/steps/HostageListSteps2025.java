package org.truce.steps;

import io.cucumber.java.en.Given;

import java.time.LocalDate;

/** Reports of the names of a release delivered at a time not given: on the release's own date, by the format's rule for events. */
public class HostageListSteps2025 {
    private final World world;

    public HostageListSteps2025(World world) {
        this.world = world;
    }

    @Given("{publisher} reported that the names for the release of {date} were delivered that day, at a time not given")
    public void namesDeliveredThatDay(String publisher, LocalDate release) {
        world.facts.day(release).event("names-list-delivered", null, null, publisher);
    }
}
