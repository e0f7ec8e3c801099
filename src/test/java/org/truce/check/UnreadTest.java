package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("No report disappears silently: an entry a term reads that no rule decided is listed as undecided")
class UnreadTest {

    private static final LocalDate DAY = LocalDate.of(2023, 11, 24);

    /** An entry of a made-up term "t", as an agreement's summariser would give it. */
    private record Reported(String term, LocalDate day, List<String> reportedBy, String party) implements Entry {
        @Override
        public List<String> readBy() {
            return List.of(term);
        }

        @Override
        public String shows() {
            return reportedBy + " figure";
        }
    }

    private static final Obligation T = new Obligation("t", "C1", DAY, null, null, "C1 applies", "at least 1", "a report");
    private static final Map<String, List<String>> DECIDERS = Map.of("t", List.of("C1 met", "C1 missed"));

    @Test
    @DisplayName("of two reports of the day, the one an account rests on is not listed; the other is, with the rules that could have decided it")
    void leftOut() {
        Account decided = new Account(T, Status.COMPLIANT, List.of("a"), "1", "C1 met");
        List<Undecided> out = Unread.of(List.of(new Reported("t", DAY, List.of("a"), null), new Reported("t", DAY, List.of("b"), null)),
                List.of(T), List.of(decided), List.of(), () -> DECIDERS);
        assertThat(out).singleElement().satisfies(u -> {
            assertThat(u.obligation()).isSameAs(T);
            assertThat(u.sources()).containsExactly("b");
            assertThat(u.why()).isEqualTo("[b] figure: a report of this day that no rule of the term decided (rules of the term that could have: \"C1 met\", \"C1 missed\")");
            assertThat(u.rule()).isNull();
        });
    }

    @Test
    @DisplayName("a report a rule listed as undecided, one of another day, of another term or of another party is not listed again")
    void notListed() {
        Obligation ofParty = new Obligation("t", "C1", DAY, "A", null, "C1 applies", "at least 1", "a report");
        Undecided said = new Undecided(ofParty, List.of("a"), "cannot tell", "C1 cannot tell");
        List<Undecided> out = Unread.of(List.of(new Reported("t", DAY, List.of("a"), null), new Reported("t", DAY.plusDays(1), List.of("b"), null),
                        new Reported("u", DAY, List.of("c"), null), new Reported("t", DAY, List.of("d"), "B")),
                List.of(ofParty), List.of(), List.of(said), () -> DECIDERS);
        assertThat(out).isEmpty();
    }

    @Test
    @DisplayName("a report of the obligation's own party is listed; an entry of two sources is listed unless both are in some account")
    void partyAndSources() {
        Obligation ofParty = new Obligation("t", "C1", DAY, "A", null, "C1 applies", "at least 1", "a report");
        Account one = new Account(ofParty, Status.VIOLATED, List.of("a"), "0", "C1 missed");
        List<Undecided> out = Unread.of(List.of(new Reported("t", DAY, List.of("a", "b"), "A")), List.of(ofParty), List.of(one), List.of(), () -> DECIDERS);
        assertThat(out).singleElement().extracting(Undecided::sources).isEqualTo(List.of("a", "b"));
    }

    /** A source's bound of the day beside its count: a partial entry. */
    private record Bounded(List<String> reportedBy) implements Entry {
        @Override
        public List<String> readBy() {
            return List.of("t");
        }

        @Override
        public LocalDate day() {
            return DAY;
        }

        @Override
        public String shows() {
            return "at least 4";
        }

        @Override
        public boolean partial() {
            return true;
        }
    }

    @Test
    @DisplayName("a rule's undecided report of a source's bound stands for the bound alone: the source's count beside it, which nothing decided, is listed, once; the bound is not listed again")
    void boundBesideCount() {
        Undecided ofBound = new Undecided(T, List.of("a"), "at least 4: a bound never adds up", "C1 bound");
        List<Undecided> out = Unread.of(List.of(new Reported("t", DAY, List.of("a"), null), new Bounded(List.of("a"))),
                List.of(T), List.of(), List.of(ofBound), () -> DECIDERS);
        assertThat(out).singleElement().satisfies(u -> {
            assertThat(u.sources()).containsExactly("a");
            assertThat(u.why()).startsWith("[a] figure: a report of this day that no rule of the term decided");
        });
        Undecided ofCount = new Undecided(T, List.of("a"), "cannot tell", "C1 cannot tell");
        assertThat(Unread.of(List.of(new Reported("t", DAY, List.of("a"), null), new Bounded(List.of("a"))),
                List.of(T), List.of(), List.of(ofBound, ofCount), () -> DECIDERS)).isEmpty();
    }

    /** An entry of a total over the days {@code day} to {@code over}, read by the period finding of "t" over those days. */
    private record OverDays(LocalDate day, LocalDate over, List<String> reportedBy) implements Entry {
        @Override
        public List<String> readBy() {
            return List.of("t");
        }

        @Override
        public String shows() {
            return reportedBy + " total";
        }
    }

    @Test
    @DisplayName("a total over two days is read by the period finding over them, not by the finding of its first day")
    void overPeriod() {
        Obligation period = new Obligation("t", "C1", DAY, null, null, "C1 applies over", "at least 1 a day", "a total", DAY.plusDays(1));
        List<Object> entries = List.of(new OverDays(DAY, DAY.plusDays(1), List.of("a")));
        assertThat(Unread.of(entries, List.of(T, period), List.of(), List.of(), () -> DECIDERS))
                .singleElement().satisfies(u -> {
                    assertThat(u.obligation()).isSameAs(period);
                    assertThat(u.why()).startsWith("[a] total: ");
                });
        Undecided said = new Undecided(period, List.of("a"), "cannot tell", "C1 cannot tell");
        assertThat(Unread.of(entries, List.of(T, period), List.of(), List.of(said), () -> DECIDERS)).as("listed once, by the rule").isEmpty();
    }

    @Test
    @DisplayName("a term of two inputs: a source's report that formed no account is listed although the same source's other"
            + " report formed one, where the accounts name the reports they rest on; by sources alone it would be hidden")
    void twoInputs() {
        Reported hostagesA = new Reported("t", DAY, List.of("a"), null);
        Reported prisonersA = new Reported("t", DAY, List.of("a"), null);
        Reported hostagesB = new Reported("t", DAY, List.of("b"), null);
        Account pair = new Account(T, Status.COMPLIANT, List.of("a", "b"), "8, 30", "C1 met", List.of(hostagesB, prisonersA));
        List<Undecided> out = Unread.of(List.of(hostagesA, prisonersA, hostagesB), List.of(T), List.of(pair), List.of(), () -> DECIDERS);
        assertThat(out).singleElement().satisfies(u -> assertThat(u.sources()).containsExactly("a"));
        Account bySources = new Account(T, Status.COMPLIANT, List.of("a", "b"), "8, 30", "C1 met");
        assertThat(Unread.of(List.of(hostagesA, prisonersA, hostagesB), List.of(T), List.of(bySources), List.of(), () -> DECIDERS))
                .as("an account known by its sources only covers every report of them").isEmpty();
    }

    /** An entry two terms read, "t" and "u", as a count of hostages both the exchange ratio and a schedule may read. */
    private record ReadByTwo(LocalDate day, List<String> reportedBy) implements Entry {
        @Override
        public List<String> readBy() {
            return List.of("t", "u");
        }

        @Override
        public String shows() {
            return reportedBy + " count";
        }
    }

    @Test
    @DisplayName("an entry two terms read, which an account of one term rests on, is listed for the other term if none of its rules decided it")
    void decidedForEachTermByItsOwnRules() {
        Obligation u = new Obligation("u", "C2", DAY, null, null, "C2 applies", "at least 2", "a report");
        ReadByTwo count = new ReadByTwo(DAY, List.of("a"));
        Account ofT = new Account(T, Status.COMPLIANT, List.of("a"), "1", "C1 met", List.of(count));
        List<Undecided> out = Unread.of(List.of(count), List.of(T, u), List.of(ofT), List.of(),
                () -> Map.of("t", List.of("C1 met"), "u", List.of("C2 met", "C2 missed")));
        assertThat(out).singleElement().satisfies(x -> {
            assertThat(x.obligation()).isSameAs(u);
            assertThat(x.sources()).containsExactly("a");
        });
    }
}
