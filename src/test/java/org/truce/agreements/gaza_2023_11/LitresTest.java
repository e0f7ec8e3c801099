package org.truce.agreements.gaza_2023_11;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Litres as the reports write them: with a comma between each group of three digits, as the JDK's formatter writes them. */
class LitresTest {

    @Test
    void groupsOfThreeDigits() {
        assertThat(Litres.grouped(130_000)).isEqualTo("130,000");
        assertThat(Litres.grouped(999)).isEqualTo("999");
        assertThat(Litres.grouped(1_000)).isEqualTo("1,000");
        assertThat(Litres.grouped(1_234_567)).isEqualTo("1,234,567");
        assertThat(Litres.grouped(-12_345)).isEqualTo("-12,345");
        assertThat(Litres.grouped(0)).isEqualTo("0");
    }

    @Property(tries = 500)
    @Label("any number is written as String.format(Locale.ROOT, \"%,d\") writes it")
    void asTheFormatterWritesIt(@ForAll long n) {
        assertThat(Litres.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
    }

    @Test
    void extremes() {
        assertThat(Litres.grouped(Long.MIN_VALUE)).isEqualTo(String.format(Locale.ROOT, "%,d", Long.MIN_VALUE));
        assertThat(Litres.grouped(Long.MAX_VALUE)).isEqualTo(String.format(Locale.ROOT, "%,d", Long.MAX_VALUE));
    }
}
