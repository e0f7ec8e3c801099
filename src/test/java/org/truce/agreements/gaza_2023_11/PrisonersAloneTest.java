package org.truce.agreements.gaza_2023_11;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.factset.FactSet;
import org.truce.factset.Prisoner;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The prisoners by position, each part asked for first and alone (the summaries ask in one order; nothing requires
 * it), whether the list is in id order, and the id index refusing an id that is not a prisoner's.
 */
class PrisonersAloneTest {

    private static final LocalDate LISTED = LocalDate.of(2023, 11, 22);

    private static FactSet facts(String... ids) {
        List<Prisoner> prisoners = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            prisoners.add(new Prisoner(ids[i], "adult", LocalDate.of(2015, 1, 1 + i), i == 0 ? null : LISTED, "src"));
        }
        return new FactSet("truce-facts/1", "test", "test", List.of(), List.of(), prisoners, List.of(), List.of());
    }

    @Test
    @DisplayName("detention days asked for first: one per prisoner, in list order")
    void detainedFirst() {
        assertThat(new Prisoners(facts("P-2", "P-1", "P-3")).detained())
                .containsExactly(LocalDate.of(2015, 1, 1).toEpochDay(), LocalDate.of(2015, 1, 2).toEpochDay(), LocalDate.of(2015, 1, 3).toEpochDay());
    }

    @Test
    @DisplayName("listing days asked for first: never listed is Long.MAX_VALUE")
    void listedFirst() {
        assertThat(new Prisoners(facts("P-2", "P-1")).listed()).containsExactly(Long.MAX_VALUE, LISTED.toEpochDay());
    }

    @Test
    @DisplayName("the index asked for first resolves every id")
    void indexFirst() {
        IdIndex index = new Prisoners(facts("P-2", "P-1", "P-3")).index();
        assertThat(index.positionOf("P-3")).isEqualTo(2);
        assertThat(index.positionOf("P-2")).isEqualTo(0);
    }

    @Test
    @DisplayName("a list in id order is known to be (equal ids are never on a list), one out of order is not")
    void sortedById() {
        assertThat(new Prisoners(facts("P-1", "P-2", "P-3")).sortedById()).isTrue();
        assertThat(new Prisoners(facts("P-1")).sortedById()).isTrue();
        assertThat(new Prisoners(facts("P-1", "P-3", "P-2")).sortedById()).isFalse();
        assertThat(TimeServedOrder.sortedById(facts("P-1", "P-2", "P-3").prisoners())).isTrue();
        assertThat(TimeServedOrder.sortedById(facts("P-2", "P-1").prisoners())).isFalse();
    }

    @Test
    @DisplayName("an id that shares the hash code and the length of a prisoner's, and differs in two letters, is refused")
    void lookAlikeRefused() {
        // "P-Aa" and "P-BB" have one String hash code; only a hash of their characters tells them apart.
        assertThat("P-Aa".hashCode()).isEqualTo("P-BB".hashCode());
        IdIndex index = new IdIndex(facts("P-Aa").prisoners());
        assertThat(index.positionOf("P-Aa")).isZero();
        assertThatThrownBy(() -> index.positionOf("P-BB")).hasMessage("released prisoner P-BB is not on the prisoner list");
    }
}
