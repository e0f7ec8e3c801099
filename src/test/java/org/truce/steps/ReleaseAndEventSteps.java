package org.truce.steps;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import org.truce.factset.Bound;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Reports of the fields the second agreement reads: hostages by category and status, trucks to the north, fuel
 * trucks, and events, each as one publisher reported it. Times are local (UTC+2, the offset of the whole of January to
 * March 2025 in Israel and Gaza).
 */
public class ReleaseAndEventSteps {
    private static final ZoneOffset LOCAL = ZoneOffset.ofHours(2);

    private static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("civilian woman", "civilian-woman"), Map.entry("civilian women", "civilian-woman"),
            Map.entry("female soldier", "female-soldier"), Map.entry("female soldiers", "female-soldier"),
            Map.entry("civilian man", "civilian-man"), Map.entry("civilian men", "civilian-man"),
            Map.entry("child", "child"), Map.entry("children", "child"),
            Map.entry("male soldier", "male-soldier"), Map.entry("male soldiers", "male-soldier"),
            Map.entry("hostage", ""), Map.entry("hostages", ""));

    private static final Map<String, String> EVENTS = Map.of(
            "the list of living and dead hostages was delivered", "status-list-delivered",
            "the return of the displaced to the north opened", "return-north-opened",
            "the withdrawal was completed", "withdrawal-completed",
            "the crossing opened", "crossing-opened",
            "talks began", "talks-started");

    private final World world;

    public ReleaseAndEventSteps(World world) {
        this.world = world;
    }

    /** Who was released, as a category of the format ("" for hostages of no category given). */
    @ParameterType("civilian women|civilian woman|female soldiers|female soldier|civilian men|civilian man|children|child|"
            + "male soldiers|male soldier|hostages|hostage")
    public String category(String words) {
        return CATEGORIES.get(words);
    }

    @ParameterType("the list of living and dead hostages was delivered|the return of the displaced to the north opened|"
            + "the withdrawal was completed|the crossing opened|talks began")
    public String event(String words) {
        return EVENTS.get(words);
    }

    @Given("{int} {category} were/was released alive in the deal on {date}, as reported by {publisher}")
    public void living(int count, String category, LocalDate date, String publisher) {
        world.facts.day(date).hostages(count, category.isEmpty() ? null : category, "living", null, publisher);
    }

    @Given("{int} {category} were/was released in the deal on {date}, alive or dead not said, as reported by {publisher}")
    public void statusNotSaid(int count, String category, LocalDate date, String publisher) {
        world.facts.day(date).hostages(count, category.isEmpty() ? null : category, null, null, publisher);
    }

    @Given("the bodies of {int} {category} were returned in the deal on {date}, as reported by {publisher}")
    public void bodies(int count, String category, LocalDate date, String publisher) {
        world.facts.day(date).hostages(count, category.isEmpty() ? null : category, "deceased", null, publisher);
    }

    @Given("{int} aid trucks entered northern Gaza on {date}, as reported by {publisher}")
    public void north(int count, LocalDate date, String publisher) {
        world.facts.day(date).trucksToNorth(count, null, publisher);
    }

    @Given("at least {int} aid trucks entered northern Gaza on {date}, as reported by {publisher}")
    public void northAtLeast(int count, LocalDate date, String publisher) {
        world.facts.day(date).trucksToNorth(count, Bound.AT_LEAST, publisher);
    }

    @Given("at most {int} aid trucks entered northern Gaza on {date}, as reported by {publisher}")
    public void northAtMost(int count, LocalDate date, String publisher) {
        world.facts.day(date).trucksToNorth(count, Bound.AT_MOST, publisher);
    }

    @Given("{int} fuel trucks entered Gaza on {date}, as reported by {publisher}")
    public void fuelTrucks(int count, LocalDate date, String publisher) {
        world.facts.day(date).fuelTrucksIn(count, null, publisher);
    }

    @Given("at least {int} fuel trucks entered Gaza on {date}, as reported by {publisher}")
    public void fuelTrucksAtLeast(int count, LocalDate date, String publisher) {
        world.facts.day(date).fuelTrucksIn(count, Bound.AT_LEAST, publisher);
    }

    @Given("at most {int} fuel trucks entered Gaza on {date}, as reported by {publisher}")
    public void fuelTrucksAtMost(int count, LocalDate date, String publisher) {
        world.facts.day(date).fuelTrucksIn(count, Bound.AT_MOST, publisher);
    }

    @Given("{publisher} reported that {event} at {time} on {date}")
    public void eventAt(String publisher, String kind, LocalTime time, LocalDate date) {
        world.facts.day(date).event(kind, OffsetDateTime.of(date, time, LOCAL), null, publisher);
    }

    @Given("{publisher} reported that {event} on {date}, at a time not given")
    public void eventOn(String publisher, String kind, LocalDate date) {
        world.facts.day(date).event(kind, null, null, publisher);
    }

    @Given("{publisher} reported that the names for the release of {date} were delivered at {time} on {date}")
    public void namesDelivered(String publisher, LocalDate release, LocalTime time, LocalDate on) {
        world.facts.day(release).event("names-list-delivered", OffsetDateTime.of(on, time, LOCAL), null, publisher);
    }

    /** A names list delivered at a time not given: on the release's own date, by the format's rule for events. */
    @Given("{publisher} reported that the names for the release of {date} were delivered that day, at a time not given")
    public void namesDeliveredThatDay(String publisher, LocalDate release) {
        world.facts.day(release).event("names-list-delivered", null, null, publisher);
    }
}
