package org.truce.agreements.gaza_2025_01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.factset.Day;
import org.truce.factset.FactSet;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.truce.agreements.gaza_2025_01.Days.at;
import static org.truce.agreements.gaza_2025_01.Days.released;

class NamesBeforeReleaseTest {
    private static final LocalDate JAN_19 = Days.DAY_1;
    private static final LocalDate JAN_18 = JAN_19.minusDays(1);

    @Test
    @DisplayName("a list with no time is any minute of the release's date, so at most 23 h 59 min ahead of a release that day")
    void listWithoutTime() {
        NamesList list = NamesList.of(JAN_19, "a", null);
        ReleaseInstant release = ReleaseInstant.of(JAN_19, "b", null);
        assertThat(release.latestMinute() - list.earliestMinute()).isEqualTo(24 * 60 - 1);
        assertThat(release.lead(list)).endsWith(": at most 23 h 59 min ahead");
    }

    @Test
    @DisplayName("the release is each source's earliest handover; a count of hostages stands in only where no source gives a handover time")
    void earliestHandover() {
        FactSet facts = Days.facts(Days.day(JAN_19, List.of(released(3, "civilian-woman", "living", "c")),
                List.of(Days.hamasHandover(at(JAN_19, 17, 0), "a"), Days.hamasHandover(at(JAN_19, 16, 0), "a"),
                        new Day.Handover("Israel", null, at(JAN_19, 12, 0), "a", null, null)),
                List.of()));
        assertThat(NamesBeforeRelease.releases(facts)).extracting(ReleaseInstant::source, ReleaseInstant::completedAt)
                .containsExactly(tuple("a", at(JAN_19, 16, 0)));
        FactSet countsOnly = Days.facts(Days.releases(JAN_19, released(3, "civilian-woman", "living", "c")));
        assertThat(NamesBeforeRelease.releases(countsOnly)).extracting(ReleaseInstant::source, ReleaseInstant::completedAt)
                .containsExactly(tuple("c", null));
    }

    @Test
    @DisplayName("a list of the day before, at a time, is counted to the minute")
    void exactLead() {
        FactSet facts = Days.facts(Days.day(JAN_19, List.of(), List.of(Days.hamasHandover(at(JAN_19, 16, 0), "a")),
                List.of(Days.event("names-list-delivered", at(JAN_18, 16, 1), "b"))));
        NamesList list = NamesBeforeRelease.lists(facts).get(0);
        ReleaseInstant release = NamesBeforeRelease.releases(facts).get(0);
        assertThat(release.earliestMinute() - list.latestMinute()).isEqualTo(24 * 60 - 1);
        assertThat(release.lead(list)).isEqualTo("names delivered at 16:01 on 18 Jan, released at 16:00 on 19 Jan: 23 h 59 min ahead");
    }

    @Test
    @DisplayName("a list delivered after a release of its day, at a time not reported, is said to come after it, never a negative lead")
    void listAfterTheRelease() {
        FactSet facts = Days.facts(Days.day(JAN_19, List.of(), List.of(),
                List.of(Days.event("names-list-delivered", at(JAN_19.plusDays(1), 15, 0), "b"))));
        NamesList list = NamesBeforeRelease.lists(facts).get(0);
        ReleaseInstant release = ReleaseInstant.of(JAN_19, "c", null);
        assertThat(release.lead(list)).endsWith(": at least 15 h 1 min after it");
    }
}
