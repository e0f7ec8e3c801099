package org.truce.check;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The sources of an account or undecided report: each once, in order, however the rule listed them. */
class AccountSourcesTest {

    @Property(tries = 300)
    @Label("an account and an undecided report list their sources each once, sorted")
    void eachOnceInOrder(@ForAll @Size(max = 5) List<@StringLength(min = 1, max = 3) String> sources) {
        List<String> expected = List.copyOf(new TreeSet<>(sources));
        Obligation o = new Obligation("t", "T01", java.time.LocalDate.of(2023, 11, 24), null, null, "r", "req", "needs");
        assertThat(new Account(o, Status.COMPLIANT, sources, "d", "r").sources()).isEqualTo(expected);
        assertThat(new Undecided(o, sources, "why", "r").sources()).isEqualTo(expected);
    }
}
