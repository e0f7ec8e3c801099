package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.factset.Extension;
import org.truce.factset.FactSet;
import org.truce.rulebook.ClauseIndex;
import org.truce.testing.RuleBooks;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pause days of a fact set built in memory, which never went through the loader's {@code --max-pause-days}: a sum
 * of extension days that overflows an int must not make a short calendar or a negative capacity.
 */
@DisplayName("Calendar: the initial days, then each extension's days, and never a sum that overflows")
class CalendarTest {

    private final ClauseIndex index = RuleBooks.bundled().index();

    @Test
    @DisplayName("the bundled pause of 4 days and an extension of 2 give 6 days, the last 2 extension days")
    void initialAndExtension() {
        Calendar calendar = Calendar.of(index, facts(List.of(extension(2))));
        assertThat(calendar.days()).hasSize(6);
        assertThat(calendar.days()).extracting(PauseDay::extension).containsExactly(false, false, false, false, true, true);
        assertThat(calendar.pause().lastDay()).isEqualTo(LocalDate.of(2023, 11, 29));
    }

    @Test
    @DisplayName("214,749 extensions of 10,000 days: refused as too long a pause, not an 'Illegal Capacity'")
    void sumBeyondAnInt() {
        assertThatThrownBy(() -> Calendar.of(index, facts(Collections.nCopies(214_749, extension(10_000)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a pause of at most 1048576 days, found 2147490004 (4 initial days and 2147490000 added by extensions)");
    }

    @Test
    @DisplayName("a pause of exactly 2^20 days is held; one day more is refused")
    void atTheLimit() {
        assertThat(Calendar.of(index, facts(List.of(extension(Calendar.MAX_DAYS - 4)))).days()).hasSize(Calendar.MAX_DAYS);
        assertThatThrownBy(() -> Calendar.of(index, facts(List.of(extension(Calendar.MAX_DAYS - 3)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a pause of at most 1048576 days, found 1048577 (4 initial days and 1048573 added by extensions)");
    }

    @Test
    @DisplayName("two extensions whose int sum wraps round to a small number: refused, not a pause of 2 days")
    void sumThatWrapsRound() {
        assertThatThrownBy(() -> Calendar.of(index, facts(List.of(extension(Integer.MAX_VALUE), extension(Integer.MAX_VALUE)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("expected a pause of at most 1048576 days, found 4294967298 ");
    }

    @Test
    @DisplayName("an extension of no days or fewer: refused, not a pause shorter than the initial days")
    void extensionOfNoDays() {
        assertThatThrownBy(() -> Calendar.of(index, facts(List.of(extension(-3)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected an extension of at least 1 day, found -3");
    }

    private static Extension extension(int days) {
        return new Extension(null, null, days, "q", null);
    }

    private static FactSet facts(List<Extension> extensions) {
        return new FactSet("truce-facts/1", "gaza-2023-11", null, List.of(), extensions, List.of(), List.of(), List.of());
    }
}
