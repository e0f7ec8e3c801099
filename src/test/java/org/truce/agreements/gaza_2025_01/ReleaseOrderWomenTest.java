package org.truce.agreements.gaza_2025_01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.factset.Bound;
import org.truce.factset.Day;
import org.truce.factset.FactSet;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.truce.agreements.gaza_2025_01.Days.released;

class ReleaseOrderWomenTest {
    private static final LocalDate JAN_25 = LocalDate.of(2025, 1, 25);
    private static final LocalDate JAN_30 = LocalDate.of(2025, 1, 30);

    @Test
    @DisplayName("female soldiers rank after civilian women under the first reading only; men under both; children under neither")
    void whoRanksLater() {
        FactSet facts = Days.facts(Days.releases(JAN_25, released(4, "female-soldier", "living", "a"),
                released(2, "civilian-man", "living", "a"), released(1, "child", "living", "a")));
        WomenReleased day = ReleaseOrderWomen.released(facts).get(0);
        assertThat(day.aheadOfCivilianWomen()).isEqualTo(6);
        assertThat(day.aheadOfWomen()).isEqualTo(2);
        assertThat(day.decidable()).isTrue();
        assertThat(day.shows()).isEqualTo("4 female soldiers, 2 civilian men, 1 child");
    }

    @Test
    @DisplayName("bodies are not read; a release with no category, or a bound, makes the source's day undecidable")
    void bodiesAndGaps() {
        FactSet facts = Days.facts(
                Days.releases(JAN_25, released(3, "civilian-man", "deceased", "a"), released(1, "civilian-woman", "living", "b"),
                        released(2, null, "living", "b")),
                Days.releases(JAN_30, new Day.HostageRelease(2, true, "c", null, Bound.AT_MOST, "civilian-man", "living")));
        List<WomenReleased> days = ReleaseOrderWomen.released(facts);
        assertThat(days).extracting(WomenReleased::source, WomenReleased::aheadOfWomen, WomenReleased::decidable)
                .containsExactly(tuple("b", 0L, false), tuple("c", 0L, false));
    }

    @Test
    @DisplayName("a living woman released the next day is a witness; one released the same day, or a body, or one of no status, is not")
    void witnesses() {
        FactSet facts = Days.facts(
                Days.releases(JAN_25, released(4, "female-soldier", "living", "a"), released(1, "civilian-woman", "living", "a")),
                Days.releases(JAN_25.plusDays(1), released(1, "civilian-woman", "deceased", "a"), released(1, "civilian-woman", null, "b")),
                Days.releases(JAN_30, released(1, "female-soldier", "living", "b"), released(1, "civilian-woman", "living", "c")));
        List<WomanStillHeld> held = ReleaseOrderWomen.stillHeld(facts, ReleaseOrderWomen.released(facts));
        assertThat(held).filteredOn(h -> h.date().equals(JAN_25))
                .extracting(WomanStillHeld::kind, WomanStillHeld::releasedOn, WomanStillHeld::source)
                .containsExactlyInAnyOrder(tuple("civilian-woman", JAN_30, "c"),
                        tuple("woman", JAN_30, "b"));
        assertThat(held).filteredOn(h -> h.date().equals(JAN_30)).isEmpty();
    }
}
