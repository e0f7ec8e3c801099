package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.rulebook.ClauseIndex;
import org.truce.testing.RuleBooks;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a run puts in force: every reading of every clause, or the one kept; each parameter once, or once per reading. */
@DisplayName("Readings and parameters in force: all readings side by side, one kept by --reading, a --set under every reading")
class InForceTest {

    private static final ClauseIndex INDEX = RuleBooks.bundled().index();
    private static final String MINIMUM = "daily-aid-trucks.minimum-per-day";

    private static List<String> parameters(InForce f, String name) {
        return f.parameters().stream().filter(p -> p.name().equals(name)).map(p -> p.reading() + "=" + p.value()).toList();
    }

    @Test
    @DisplayName("as reported: every reading, a parameter per reading of a clause with readings, and only parameters of one value in the whole")
    void asReported() {
        InForce f = InForce.of(INDEX, Scenario.AS_REPORTED);
        assertThat(f.readings()).extracting(r -> r.clause() + " " + r.id()).containsExactly(
                "T05 ten-per-added-day", "T05 as-agreed-for-the-extension", "T06 200-including-fuel", "T06 200-plus-fuel", "T06 300-including-fuel",
                "T12 order-of-release", "T12 selection-by-seniority", "T14 announced-time", "T14 before-midnight");
        assertThat(parameters(f, MINIMUM)).containsExactly("200-including-fuel=200", "200-plus-fuel=200", "300-including-fuel=300");
        assertThat(parameters(f, "handover-schedule.tolerance-minutes")).containsExactly("announced-time=0", "before-midnight=0");
        assertThat(parameters(f, "exchange-ratio.prisoners-per-hostage")).containsExactly("null=3");
        assertThat(f.whole()).doesNotContainKey(MINIMUM).doesNotContainKey("daily-aid-trucks.fuel-trucks-count")
                .containsEntry("handover-schedule.tolerance-minutes", 0L).containsEntry("exchange-ratio.prisoners-per-hostage", 3L);
    }

    @Test
    @DisplayName("--reading keeps one reading of its clause, whose values are then the run's; the other clause keeps all of its readings")
    void oneReadingKept() {
        InForce f = InForce.of(INDEX, new Scenario(Map.of(), Map.of("T06", "300-including-fuel"), null));
        assertThat(f.readings()).extracting(ReadingInForce::id).containsExactly("ten-per-added-day", "as-agreed-for-the-extension", "300-including-fuel", "order-of-release",
                "selection-by-seniority", "announced-time", "before-midnight");
        assertThat(parameters(f, MINIMUM)).containsExactly("300-including-fuel=300");
        assertThat(f.whole()).containsEntry(MINIMUM, 300L).containsEntry("daily-aid-trucks.fuel-trucks-count", 1L);
    }

    @Test
    @DisplayName("--set replaces a parameter under every reading, and the readings list the value in force")
    void setUnderEveryReading() {
        InForce f = InForce.of(INDEX, new Scenario(Map.of(MINIMUM, 250L), Map.of(), null));
        assertThat(parameters(f, MINIMUM)).containsExactly("200-including-fuel=250", "200-plus-fuel=250", "300-including-fuel=250");
        assertThat(f.whole()).containsEntry(MINIMUM, 250L);
        assertThat(f.readings()).filteredOn(r -> r.clause().equals("T06")).allSatisfy(r -> assertThat(r.parameters()).containsEntry(MINIMUM, 250L));
    }

    @Test
    @DisplayName("an unknown clause or reading is refused, naming the readings that exist")
    void unknown() {
        assertThatThrownBy(() -> InForce.of(INDEX, new Scenario(Map.of(), Map.of("T06", "250"), null)))
                .isInstanceOf(Checker.UnknownReadingException.class)
                .hasMessage("clause T06 has no reading 250; its readings are 200-including-fuel, 200-plus-fuel, 300-including-fuel");
        assertThatThrownBy(() -> InForce.of(INDEX, new Scenario(Map.of(), Map.of("T04", "x"), null)))
                .isInstanceOf(Checker.UnknownReadingException.class)
                .hasMessage("no clause T04 with readings in the rule set; the readings are those of T05 (ten-per-added-day, as-agreed-for-the-extension), T06 (200-including-fuel, 200-plus-fuel, "
                        + "300-including-fuel), T12 (order-of-release, selection-by-seniority), T14 (announced-time, before-midnight)");
    }

    @Test
    @DisplayName("what a run changed, one line each, for every report's header; nothing for a run as reported")
    void whatIf() {
        assertThat(Scenario.AS_REPORTED.whatIf()).isEmpty();
        assertThat(Scenario.AS_REPORTED.asReported()).isTrue();
        Scenario s = new Scenario(Map.of(MINIMUM, 250L), Map.of("T14", "before-midnight"), "my-rules");
        assertThat(s.asReported()).isFalse();
        assertThat(s.whatIf()).containsExactly(
                "what-if: clause T14 read only as before-midnight, its other readings set aside",
                "what-if: daily-aid-trucks.minimum-per-day = 250, not as reported",
                "what-if: rules from my-rules, not the bundled rule set");
    }

    @Test
    @DisplayName("a report gives every value a parameter has in the run, lowest first, and the readings of a clause")
    void reportValues() {
        Report r = CheckFixture.check(org.truce.testing.FactSetBuilder.facts().build());
        assertThat(r.values(MINIMUM)).containsExactly(200L, 300L);
        assertThat(r.values("exchange-ratio.prisoners-per-hostage")).containsExactly(3L);
        assertThat(r.values("no-such-parameter")).isEmpty();
        assertThat(r.readingsOf("T14")).extracting(ReadingInForce::id).containsExactly("announced-time", "before-midnight");
        assertThat(r.readingsOf("T04")).isEmpty();
    }
}
