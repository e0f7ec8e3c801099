package org.truce.agreements.gaza_2023_11;

import java.time.LocalDate;

/**
 * The facts of the daily-aid-trucks term (T06) for one source and day: the trucks that entered by that source's
 * reports, and how many of them its reports say carried fuel or cooking gas ({@code fuelTrucks}: null where one of
 * its reports of the day does not say, so that no reading is decided on a load nobody reported).
 */
public record TruckCount(LocalDate date, String source, long trucks, Long fuelTrucks) {
}
