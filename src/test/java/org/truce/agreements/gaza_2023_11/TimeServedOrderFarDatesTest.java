package org.truce.agreements.gaza_2023_11;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.factset.Prisoner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orderings of prisoners where dates lie far apart, as any ISO date the loader reads may: beyond what a counting
 * sort spans, beyond what a packed sort key holds (2^31 days, some six million years, either side of 1970), against a
 * sort of the whole list by the same keys. The release-order term ranks prisoners by these orderings.
 */
class TimeServedOrderFarDatesTest {

    /**
     * Days from the epoch past what a packed key holds (2^31), each more than 2^31 days from the others and from our
     * era, either side of 1970: some 6 and 18 million years.
     */
    private static final long[] FAR = {(1L << 31) + (1L << 20), (1L << 32) + (1L << 31) + (1L << 20)};

    @Test
    @DisplayName("listing dates millions of years either side of 1970, none near: by listing date, as a plain sort gives")
    void listingOnlyFarOut() {
        // Every listed prisoner is at least 2^30 days out; some past 2^31 each way, where a packed key would overflow.
        List<Prisoner> all = List.of(
                prisoner("P-1", LocalDate.ofEpochDay((1L << 31) + 100)),
                prisoner("P-2", LocalDate.ofEpochDay(-(1L << 31) - 100)),
                prisoner("P-3", LocalDate.ofEpochDay((1L << 30) + 7)),
                prisoner("P-4", null),
                prisoner("P-5", LocalDate.ofEpochDay(-(1L << 30) - 7)),
                prisoner("P-6", LocalDate.ofEpochDay((1L << 31) - 1)));
        assertThat(TimeServedOrder.byListing(all, listed(all))).containsExactly(1, 4, 2, 5, 0);
    }

    @Property(tries = 300)
    @Label("dates millions of years either side of 1970, with or without some of our era: both orderings as a plain sort gives")
    void sameAsPlainSortFarOut(@ForAll @IntRange(min = 1, max = 60) int n, @ForAll long seed) {
        Random random = new Random(seed);
        boolean near = random.nextBoolean(); // with or without dates of our era among the far ones
        List<Prisoner> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate detained = far(random, near);
            LocalDate listed = random.nextInt(5) == 0 ? null : far(random, near);
            all.add(new Prisoner("P-" + random.nextInt(n * 2) + "-" + i, "adult", detained, listed, "src"));
        }
        long[] detained = all.stream().mapToLong(p -> p.detainedOn().toEpochDay()).toArray();
        int[] byTimeServed = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparing((Integer i) -> all.get(i).detainedOn()).thenComparing(i -> all.get(i).id()))
                .mapToInt(Integer::intValue).toArray();
        int[] byListing = IntStream.range(0, n).filter(i -> all.get(i).listedOn() != null).boxed()
                .sorted(Comparator.comparing((Integer i) -> all.get(i).listedOn()).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();

        assertThat(TimeServedOrder.byTimeServed(all, detained, TimeServedOrder.sortedById(all))).containsExactly(byTimeServed);
        assertThat(TimeServedOrder.byListing(all, listed(all))).containsExactly(byListing);
    }

    /** A date within a few days of one of {@link #FAR}, either side of 1970; or, now and then when {@code near}, one of our era. */
    private static LocalDate far(Random random, boolean near) {
        if (near && random.nextInt(3) == 0) {
            return LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3000));
        }
        long day = FAR[random.nextInt(FAR.length)] + random.nextInt(5) - 2;
        return LocalDate.ofEpochDay(random.nextBoolean() ? day : -day);
    }

    private static Prisoner prisoner(String id, LocalDate listedOn) {
        return new Prisoner(id, "adult", LocalDate.of(2015, 1, 1), listedOn, "src");
    }

    private static long[] listed(List<Prisoner> all) {
        return all.stream().mapToLong(p -> p.listedOn() == null ? Long.MAX_VALUE : p.listedOn().toEpochDay()).toArray();
    }
}
