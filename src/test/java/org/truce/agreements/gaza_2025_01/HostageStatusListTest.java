package org.truce.agreements.gaza_2025_01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.factset.FactSet;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class HostageStatusListTest {

    @Test
    @DisplayName("every report is read on Day 7, each source's earliest; with no parameter, none is")
    void readOnTheDeadline() {
        LocalDate day8 = Days.DAY_1.plusDays(7);
        FactSet facts = Days.facts(
                Days.day(day8, List.of(), List.of(), List.of(Days.event("status-list-delivered", null, "a"))),
                Days.day(day8.plusDays(1), List.of(), List.of(), List.of(Days.event("status-list-delivered", null, "a"),
                        Days.event("status-list-delivered", null, "b"), Days.event("names-list-delivered", null, "c"))));
        List<StatusList> lists = HostageStatusList.lists(facts, Days.PAUSE, Map.of(HostageStatusList.DEADLINE, 7L));
        assertThat(lists).extracting(StatusList::source, StatusList::deliveredOn, StatusList::day)
                .containsExactly(tuple("a", day8, Days.DAY_1.plusDays(6)),
                        tuple("b", day8.plusDays(1), Days.DAY_1.plusDays(6)));
        assertThat(HostageStatusList.lists(facts, Days.PAUSE, Map.of())).isEmpty();
    }
}
