package org.truce.agreements.gaza_2023_11;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.factset.Prisoner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The id index behind the summaries of the lists by id: every released id must resolve to its own prisoner. */
class IdIndexTest {

    private static final LocalDate DETAINED = LocalDate.of(2015, 1, 1);

    @Test
    @DisplayName("ids that share a hash code (\"Aa\", \"BB\", …) each resolve to their own prisoner")
    void sharedHashes() {
        List<String> ids = List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", "C");
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode()).isEqualTo("AaBB".hashCode());
        IdIndex index = new IdIndex(prisoners(ids));
        for (int i = 0; i < ids.size(); i++) {
            assertThat(index.positionOf(ids.get(i))).as(ids.get(i)).isEqualTo(i);
        }
    }

    @Test
    @DisplayName("an id that is not a prisoner's is refused, also when it shares a hash code with one")
    void unknownRefused() {
        IdIndex index = new IdIndex(prisoners(List.of("Aa", "AaAa", "P-1")));
        assertThatThrownBy(() -> index.positionOf("BB")).hasMessageContaining("BB is not on the prisoner list");
        assertThatThrownBy(() -> index.positionOf("BBBB")).hasMessageContaining("BBBB is not on the prisoner list");
        assertThatThrownBy(() -> index.positionOf("P-2")).hasMessageContaining("P-2 is not on the prisoner list");
    }

    @Test
    @DisplayName("a day's list resolves to the positions of its prisoners, in list order")
    void positionsInOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add("P-" + i);
        }
        IdIndex index = new IdIndex(prisoners(ids));
        List<String> released = new ArrayList<>(ids.subList(100, 5_000));
        Collections.shuffle(released, new Random(7));
        int[] positions = index.positionsOf(released);
        assertThat(positions).hasSize(4_900).startsWith(100, 101, 102).endsWith(4_998, 4_999).isSorted();
    }

    @Property
    @Label("every id of a list of distinct ids resolves to its own position")
    void anyDistinctIds(@ForAll @Size(min = 1, max = 300) @UniqueElements List<@StringLength(min = 1, max = 6) @AlphaChars @NumericChars String> ids) {
        IdIndex index = new IdIndex(prisoners(ids));
        for (int i = 0; i < ids.size(); i++) {
            assertThat(index.positionOf(ids.get(i))).isEqualTo(i);
        }
    }

    private static List<Prisoner> prisoners(List<String> ids) {
        return ids.stream().map(id -> new Prisoner(id, "adult", DETAINED, null, "src")).toList();
    }

    @Property(tries = 200)
    @Label("every id is found where a scan of the list finds it, whatever the ids (hash collisions included)")
    void sameAsScan(@ForAll @Size(max = 300) @UniqueElements List<@AlphaChars @StringLength(min = 1, max = 4) String> ids) {
        List<Prisoner> all = prisoners(ids);
        IdIndex index = new IdIndex(all);
        for (String id : ids) {
            int naive = -1;
            for (int i = 0; i < all.size() && naive < 0; i++) {
                naive = all.get(i).id().equals(id) ? i : -1;
            }
            assertThat(index.positionOf(id)).isEqualTo(naive);
        }
    }
}
