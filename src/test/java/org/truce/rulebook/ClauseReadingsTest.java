package org.truce.rulebook;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The readings of a clause as the bundled clause index gives them, found by their ids. */
@DisplayName("A clause's readings: each found by its id, with the sources, holders and numbers the index gives it")
class ClauseReadingsTest {

    @Test
    @DisplayName("T06's reading 200-plus-fuel is found by its id, with its three sources, two holders and its numbers; an unknown id finds none")
    void readingById() throws Exception {
        ClauseIndex.Clause t06 = new RuleBookLoader().readIndex(Path.of("rules", "gaza-2023-11")).clause("T06").orElseThrow();
        ClauseIndex.ReadingSpec reading = t06.reading("200-plus-fuel").orElseThrow();
        assertThat(reading.id()).isEqualTo("200-plus-fuel");
        assertThat(reading.sources()).isEqualTo(List.of("S09", "S11", "S20"));
        assertThat(reading.heldBy()).hasSize(2);
        assertThat(reading.parameters()).isEqualTo(Map.of("daily-aid-trucks.minimum-per-day", 200L, "daily-aid-trucks.fuel-trucks-count", 0L));
        assertThat(t06.reading("300-including-fuel").orElseThrow().sources()).isEqualTo(List.of("S13", "S12", "S131"));
        assertThat(t06.reading("250-and-fuel")).isEmpty();
    }
}
