package org.truce.agreements.gaza_2023_11;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Times in an account's detail are written as the patterns "HH:mm", "d MMM" and "xxx" would write them. */
class TimesTest {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx", Locale.ROOT);

    @Test
    void aHandoverOf25November() {
        OffsetDateTime scheduled = OffsetDateTime.parse("2023-11-25T16:00+02:00");
        OffsetDateTime completed = OffsetDateTime.parse("2023-11-25T21:05Z");
        assertThat(Times.schedule(scheduled, completed)).isEqualTo("scheduled 16:00, completed 23:05 on 25 Nov (+02:00)");
        assertThat(Times.schedule(scheduled, completed.plusHours(1))).isEqualTo("scheduled 25 Nov 16:00, completed 26 Nov 00:05 (+02:00)");
        assertThat(Times.completion(scheduled, completed)).isEqualTo("completed 23:05 on 25 Nov (+02:00)");
    }

    @Property(tries = 500)
    @Label("any time at any offset is written as the JDK's formatters write it")
    void asTheFormattersWriteIt(@ForAll @LongRange(min = -20_000_000_000L, max = 20_000_000_000L) long epochSecond,
                                @ForAll @IntRange(min = -64_800, max = 64_800) int offsetSeconds) {
        OffsetDateTime t = java.time.Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds));
        assertThat(Times.clock(t)).isEqualTo(t.format(CLOCK));
        assertThat(Times.day(t)).isEqualTo(t.format(DAY));
        assertThat(Times.offset(t)).isEqualTo(t.format(OFFSET));
        OffsetDateTime whole = t.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(offsetSeconds / 60 * 60));
        assertThat(Times.offset(whole)).isEqualTo(whole.format(OFFSET));
    }
}
