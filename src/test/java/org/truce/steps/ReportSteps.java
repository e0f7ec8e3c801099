package org.truce.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import org.truce.factset.Bound;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** The reports a scenario starts from, written the way they were reported. */
public class ReportSteps {
    private static final String LOCAL_OFFSET = "+02:00";
    private final World world;

    public ReportSteps(World world) {
        this.world = world;
    }

    @Given("the bundled reports of the November 2023 pause")
    public void bundledReports() {
        world.useBundledReports();
    }

    @Given("the bundled reports of the January 2025 cease-fire")
    public void bundledReports2025() {
        world.useBundledReports();
    }

    @Given("{int} aid trucks entered Gaza on {date}, as reported by {publisher}")
    public void trucks(int count, LocalDate date, String publisher) {
        world.facts.day(date).trucks(count, publisher);
    }

    /**
     * One report a row: column "publisher", column "trucks", and an optional column "of them fuel or gas", a number or
     * "not given" for a report that does not say what its trucks carried. A publisher may have several rows: its reports
     * of the day add up.
     */
    @Given("aid trucks entered Gaza on {date}, as reported by:")
    public void trucksByPublisher(LocalDate date, List<Map<String, String>> rows) {
        for (Map<String, String> row : rows) {
            long trucks = Long.parseLong(row.get("trucks"));
            String fuel = row.containsKey("of them fuel or gas") ? String.valueOf(row.get("of them fuel or gas")) : "not given";
            if (fuel.equals("not given")) {
                world.facts.day(date).trucks(trucks, row.get("publisher"));
            } else if (fuel.matches("\\d+")) {
                world.trucksWithFuel(date, trucks, Long.parseLong(fuel), row.get("publisher"));
            } else {
                throw new IllegalArgumentException("column \"of them fuel or gas\" takes a number of trucks or \"not given\", found \""
                        + fuel + "\"");
            }
        }
    }

    /** A report that says how many of its trucks carried fuel or cooking gas, as the Rafah crossing's of 28 November did. */
    @Given("{int} aid trucks entered Gaza on {date}, {int} of them carrying fuel or cooking gas, as reported by {publisher}")
    public void trucksWithFuel(int count, LocalDate date, int fuel, String publisher) {
        world.trucksWithFuel(date, count, fuel, publisher);
    }

    /** A report that says none of its trucks carried fuel or cooking gas, as the count of 29 November gives its tankers apart. */
    @Given("{int} aid trucks entered Gaza on {date}, none of them carrying fuel or cooking gas, as reported by {publisher}")
    public void trucksWithoutFuel(int count, LocalDate date, String publisher) {
        world.trucksWithFuel(date, count, 0, publisher);
    }

    @Given("no count of the aid trucks that entered Gaza on {date} was reported")
    public void noTruckReport(LocalDate date) {
        if (world.hasTruckReport(date)) {
            throw new IllegalStateException("the scenario already has a truck report for " + date);
        }
    }

    /** A figure for part of the day: the day's trucks were at least that many. */
    @Given("{int} aid trucks had entered Gaza by {time} on {date}, as reported by {publisher}")
    public void trucksByTime(int count, LocalTime by, LocalDate date, String publisher) {
        world.facts.day(date).trucks(count, null, Bound.AT_LEAST, publisher);
    }

    @Given("{int} aid trucks, none of them carrying fuel or cooking gas, had entered Gaza by {time} on {date}, as reported by {publisher}")
    public void trucksWithoutFuelByTime(int count, LocalTime by, LocalDate date, String publisher) {
        world.facts.day(date).trucks(count, 0L, Bound.AT_LEAST, publisher);
    }

    /** An upper bound of the day's trucks. */
    @Given("at most {int} aid trucks entered Gaza on {date}, as reported by {publisher}")
    public void trucksAtMost(int count, LocalDate date, String publisher) {
        world.facts.day(date).trucks(count, null, Bound.AT_MOST, publisher);
    }

    @Given("at most {int} aid trucks, none of them carrying fuel or cooking gas, entered Gaza on {date}, as reported by {publisher}")
    public void trucksWithoutFuelAtMost(int count, LocalDate date, String publisher) {
        world.facts.day(date).trucks(count, 0L, Bound.AT_MOST, publisher);
    }

    /** A total over several days, not a count of any one of them. */
    @Given("{int} aid trucks entered Gaza from {date} to {date} in all, as reported by {publisher}")
    public void trucksOverPeriod(int count, LocalDate from, LocalDate to, String publisher) {
        world.facts.periodTrucks(from, to, count, Bound.EXACT, publisher);
    }

    /** A running total given before the period ended: a lower bound of its total. */
    @Given("{int} aid trucks had entered Gaza from {date} to the time of the report on {date}, as reported by {publisher}")
    public void trucksOverPeriodSoFar(int count, LocalDate from, LocalDate to, String publisher) {
        world.facts.periodTrucks(from, to, count, Bound.AT_LEAST, publisher);
    }

    /** A total of fuel over several days, not a figure of any one of them. */
    @Given("{litres} litres of fuel entered Gaza from {date} to {date} in all, as reported by {publisher}")
    public void fuelOverPeriod(Long litres, LocalDate from, LocalDate to, String publisher) {
        world.facts.periodFuel(from, to, litres, Bound.EXACT, publisher);
    }

    /** A running total of fuel given before the period ended: a lower bound of its total. */
    @Given("{litres} litres of fuel had entered Gaza from {date} to the time of the report on {date}, as reported by {publisher}")
    public void fuelOverPeriodSoFar(Long litres, LocalDate from, LocalDate to, String publisher) {
        world.facts.periodFuel(from, to, litres, Bound.AT_LEAST, publisher);
    }

    @Given("{litres} litres of fuel had entered Gaza by {time} on {date}, as reported by {publisher}")
    public void fuelByTime(Long litres, LocalTime by, LocalDate date, String publisher) {
        world.facts.day(date).fuelLitres(litres, Bound.AT_LEAST, publisher);
    }

    @Given("at most {litres} litres of fuel entered Gaza on {date}, as reported by {publisher}")
    public void fuelAtMost(Long litres, LocalDate date, String publisher) {
        world.facts.day(date).fuelLitres(litres, Bound.AT_MOST, publisher);
    }

    @Given("{litres} litres of fuel entered Gaza on {date}, as reported by {publisher}")
    public void fuel(Long litres, LocalDate date, String publisher) {
        world.facts.day(date).fuelLitres(litres, publisher);
    }

    @Given("no figure for the fuel that entered Gaza on {date} was reported")
    public void noFuelReport(LocalDate date) {
        if (world.facts.hasFuelReport(date)) {
            throw new IllegalStateException("the scenario already has a fuel report for " + date);
        }
    }

    @Given("{int} hostages were released in the deal on {date}, as reported by {publisher}")
    public void hostagesInDeal(int count, LocalDate date, String publisher) {
        world.facts.day(date).hostages(count, publisher);
    }

    /** A figure for part of the day: the day's releases were at least that many. */
    @Given("{int} hostages had been released in the deal by {time} on {date}, as reported by {publisher}")
    public void hostagesByTime(int count, LocalTime by, LocalDate date, String publisher) {
        world.facts.day(date).hostages(count, Bound.AT_LEAST, publisher);
    }

    /** An upper bound of the day's releases. */
    @Given("at most {int} hostages were released in the deal on {date}, as reported by {publisher}")
    public void hostagesAtMost(int count, LocalDate date, String publisher) {
        world.facts.day(date).hostages(count, Bound.AT_MOST, publisher);
    }

    @Given("{int} hostages were released outside the deal on {date}, as reported by {publisher}")
    public void hostagesOutsideDeal(int count, LocalDate date, String publisher) {
        world.facts.day(date).hostagesOutsideDeal(count, publisher);
    }

    @Given("hostages were released in the deal, as reported by {publisher}:")
    public void hostagesByDay(String publisher, List<Map<String, String>> rows) {
        for (Map<String, String> row : rows) {
            world.facts.day(ParameterTypes.parseDate(row.get("date"))).hostages(Long.parseLong(row.get("hostages")), publisher);
        }
    }

    @Given("{int} prisoners were released on {date}, as reported by {publisher}")
    public void prisoners(int count, LocalDate date, String publisher) {
        world.facts.day(date).prisoners(count, publisher);
    }

    /** A figure for part of the day: the day's releases were at least that many. */
    @Given("{int} prisoners had been released by {time} on {date}, as reported by {publisher}")
    public void prisonersByTime(int count, LocalTime by, LocalDate date, String publisher) {
        world.facts.day(date).prisoners(count, Bound.AT_LEAST, publisher);
    }

    /** An upper bound of the day's releases. */
    @Given("at most {int} prisoners were released on {date}, as reported by {publisher}")
    public void prisonersAtMost(int count, LocalDate date, String publisher) {
        world.facts.day(date).prisoners(count, Bound.AT_MOST, publisher);
    }

    @Given("the pause was extended by {int} day(s), as reported by {publisher}")
    public void extension(int days, String publisher) {
        world.facts.extension(days, publisher);
    }

    @Given("{publisher} reported that {int} hostages were agreed for that extension, over all its days")
    public void agreed(String publisher, int hostages) {
        world.facts.agreed(hostages, 0, publisher);
    }

    @Given("{publisher} reported that {int} hostages and the bodies of {int} were agreed for that extension, over all its days")
    public void agreedWithBodies(String publisher, int hostages, int bodies) {
        world.facts.agreed(hostages, bodies, publisher);
    }

    @Given("{party} completed a handover on {date} at {time}, scheduled for {time}, as reported by {publisher}")
    public void scheduledHandover(String party, LocalDate date, LocalTime completed, LocalTime scheduled, String publisher) {
        world.facts.day(date).handover(party, at(date, scheduled), at(date, completed), publisher);
    }

    /** A handover due on one pause day and completed on a later date, such as at midnight. */
    @Given("{party} completed the handover due on {date}, scheduled for {time}, at {time} on {date}, as reported by {publisher}")
    public void handoverCompletedLater(String party, LocalDate due, LocalTime scheduled, LocalTime completed, LocalDate on, String publisher) {
        world.facts.day(due).handover(party, at(due, scheduled), at(on, completed), publisher);
    }

    @Given("{party} completed a handover on {date} at {time}, with no time scheduled in advance, as reported by {publisher}")
    public void unscheduledHandover(String party, LocalDate date, LocalTime completed, String publisher) {
        world.facts.day(date).handover(party, null, at(date, completed), publisher);
    }

    @Given("a handover may be completed up to {int} minutes after its scheduled time")
    public void handoverTolerance(int minutes) {
        world.override("handover-schedule.tolerance-minutes", minutes);
    }

    /** A what-if, as {@code --reading} is: the check evaluates one reading of the clause and sets its others aside. */
    @Given("clause {clause} is read only as {string}, its other readings set aside")
    public void keepOnly(String clause, String reading) {
        world.keepOnly(clause, reading);
    }

    @Given("these prisoners, as listed by {publisher}:")
    public void prisonerList(String publisher, List<Map<String, String>> rows) {
        for (Map<String, String> row : rows) {
            String listed = row.get("listed as eligible on");
            world.facts.prisoner(row.get("prisoner"), ParameterTypes.parseDate(row.get("detained on")),
                    listed == null || listed.isBlank() || listed.equals("never") ? null : ParameterTypes.parseDate(listed), publisher);
        }
    }

    @Given("{publisher} named the prisoners released on {date}:")
    public void releasedById(String publisher, LocalDate date, List<Map<String, String>> rows) {
        world.facts.day(date).prisonersById(publisher, rows.stream().map(row -> row.get("prisoner")).toArray(String[]::new));
    }

    @Given("{publisher} named some of the prisoners released on {date}, not all of them:")
    public void someReleasedById(String publisher, LocalDate date, List<Map<String, String>> rows) {
        world.facts.day(date).somePrisonersById(publisher, rows.stream().map(row -> row.get("prisoner")).toArray(String[]::new));
    }

    @Given("{party} claims that {party} breached the {term} term on {date}, as reported by {publisher}")
    public void claimAboutTerm(String by, String against, String term, LocalDate date, String publisher) {
        claim(by, against, term, date, publisher);
    }

    @Given("{party} claims that {party} breached clause {clause} on {date}, as reported by {publisher}")
    public void claimAboutClause(String by, String against, String clause, LocalDate date, String publisher) {
        claim(by, against, clause, date, publisher);
    }

    @Given("{party} claims that {party} breached a commitment that no clause of the agreement covers, on {date}, as reported by {publisher}")
    public void claimAboutNoClause(String by, String against, LocalDate date, String publisher) {
        claim(by, against, null, date, publisher);
    }

    private void claim(String by, String against, String term, LocalDate date, String publisher) {
        world.facts.claim(by.toLowerCase() + "-" + (term == null ? "other" : term.toLowerCase()) + "-" + date, by, against, term,
                List.of(date), publisher);
    }

    @When("the agreement is checked")
    public void check() {
        world.check();
    }

    private static String at(LocalDate date, LocalTime time) {
        return date + "T" + time + LOCAL_OFFSET;
    }
}
