@gaza-2025-01 @term @daily-aid-trucks
Feature: P1-16 Daily aid trucks
  As reported, Israel was to let 600 trucks of aid enter Gaza on every day of the first phase, from
  its first day: Egypt's foreign minister, a mediator, said so (via AFP), as did Reuters in its own
  account of the deal. Of the parties only Hamas is reported stating the number: the Gaza government
  media office counted 8,500 trucks by 7 February where 12,000 (600 a day) were due. The 600 include the 50 fuel trucks of P1-16A and the 300 trucks to the
  north of P1-16B, so every truck that entered Gaza counts here, whatever it carried and wherever it
  went.

  Each source's count of the trucks that entered Gaza on a pause day is one account, and the reports
  of one source on one day add up. All 42 pause days are judged: a day with no count is
  undetermined, never compliant. A figure for part of a day, or an upper bound, decides only where it
  can. A total over several days can show that one of them fell short, never that each met the
  minimum.

  Background:
    Given clause P1-16, "Daily aid trucks", reads, in the words of Egypt's foreign minister, Reuters and the Gaza government media office:
      """
      600 trucks of aid a day from the first day (Egypt's foreign minister, via AFP; Reuters); 8,500 trucks entered by 7 February instead of 12,000 (Gaza government media office, paraphrase)
      """
    And clause P1-16 was reported by one party only, Hamas

  Rule: On each pause day at least 600 aid trucks enter Gaza, and Israel is the party bound
    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Example: Exactly 600 trucks on a day of the first phase meet the daily aid term
      Given 600 aid trucks entered Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is COMPLIANT on 20 January 2025
      And the finding requires "at least 600 aid trucks entering Gaza"
      And the daily aid term binds Israel
      And the accounts of the daily aid term on 20 January 2025 are:
        | reported   | status    | rests on a report by |
        | 600 trucks | COMPLIANT | Monitor A            |

    Example: 599 trucks on a day of the first phase fall one short of the daily aid term
      Given 599 aid trucks entered Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is VIOLATED on 20 January 2025
      And the accounts of the daily aid term on 20 January 2025 are:
        | reported   | status   |
        | 599 trucks | VIOLATED |

    Example: Two reports of one monitor on one day of the first phase add up to 600 trucks
      Given 400 aid trucks entered Gaza on 20 January 2025, as reported by Monitor A
      And 200 aid trucks entered Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is COMPLIANT on 20 January 2025
      And the accounts of the daily aid term on 20 January 2025 are:
        | reported   | status    |
        | 600 trucks | COMPLIANT |

    Example: Two monitors either side of 600 trucks leave the daily aid term contested by its sources
      Given aid trucks entered Gaza on 20 January 2025, as reported by:
        | publisher | trucks |
        | Monitor A | 630    |
        | Monitor B | 552    |
      When the agreement is checked
      Then the daily aid term is CONTESTED on 20 January 2025, because its sources disagree
      And the accounts of the daily aid term on 20 January 2025 are:
        | reported   | status    | rests on a report by |
        | 630 trucks | COMPLIANT | Monitor A            |
        | 552 trucks | VIOLATED  | Monitor B            |

    Example: A day of the first phase with no count of the aid trucks is undetermined, never compliant
      Given 600 aid trucks entered Gaza on 20 January 2025, as reported by Monitor A
      And no count of the aid trucks that entered Gaza on 21 January 2025 was reported
      When the agreement is checked
      Then the daily aid term is UNDETERMINED on 21 January 2025
      And the finding says it lacks "a report of the aid trucks that entered Gaza that day"

    Example: Every one of the 42 pause days of the first phase is judged for aid trucks, the last one included, and no day after it
      When the agreement is checked
      Then the daily aid term is UNDETERMINED on 19 January 2025
      And the daily aid term is UNDETERMINED on 1 March 2025
      And the daily aid term has no finding on 2 March 2025

    Example: A claim that 599 trucks fell short of the daily aid term is supported
      Given 599 aid trucks entered Gaza on 20 January 2025, as reported by Monitor A
      And Hamas claims that Israel breached the daily aid term on 20 January 2025, as reported by Monitor B
      When the agreement is checked
      Then the claim by Hamas against Israel about the daily aid term, reported by Monitor B, is SUPPORTED

    Example: A claim that 600 trucks fell short of the daily aid term is not supported
      Given 600 aid trucks entered Gaza on 20 January 2025, as reported by Monitor A
      And Hamas claims that Israel breached the daily aid term on 20 January 2025, as reported by Monitor B
      When the agreement is checked
      Then the claim by Hamas against Israel about the daily aid term, reported by Monitor B, is NOT SUPPORTED

  Rule: A figure for part of a day can show the 600 trucks met but never missed, and an upper bound can show them missed but never met
    A count of the trucks that had entered by some hour says only that at least that many entered that
    day. At or above 600 it shows the term met; below, it forms no account, and the finding lists it
    among the reports that decide nothing, with why. An upper bound is the reverse: below 600 it shows
    the term missed, at or above it decides nothing. Neither is added to the same source's other
    reports of the day, since it may count the same trucks again.

    Illustration: invented figures from a placeholder monitor (Monitor A), not reports by any real body.

    Example: 600 trucks that had entered by evening show the daily aid term met
      Given 600 aid trucks had entered Gaza by 19:00 on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is COMPLIANT on 20 January 2025
      And the accounts of the daily aid term on 20 January 2025 are:
        | reported            | status    |
        | at least 600 trucks | COMPLIANT |

    Example: 599 trucks that had entered by evening cannot show the daily aid term missed
      Given 599 aid trucks had entered Gaza by 19:00 on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is UNDETERMINED on 20 January 2025
      And the report of Monitor A decides nothing about the daily aid term on 20 January 2025, because "at least 599 trucks: a figure for part of the day cannot show that fewer than 600 entered in all"
      And the finding says no report decides it, not that a report is lacking

    Example: At most 599 trucks show the daily aid term missed
      Given at most 599 aid trucks entered Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is VIOLATED on 20 January 2025
      And the accounts of the daily aid term on 20 January 2025 are:
        | reported           | status   |
        | at most 599 trucks | VIOLATED |

    Example: At most 600 trucks cannot show the daily aid term met
      Given at most 600 aid trucks entered Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is UNDETERMINED on 20 January 2025
      And the report of Monitor A decides nothing about the daily aid term on 20 January 2025, because "at most 600 trucks: an upper bound cannot show that 600 entered"

    Example: A figure for part of a day is not added to the same monitor's count of 600 trucks
      Given 500 aid trucks entered Gaza on 20 January 2025, as reported by Monitor A
      And 100 aid trucks had entered Gaza by 19:00 on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is VIOLATED on 20 January 2025
      And the accounts of the daily aid term on 20 January 2025 are:
        | reported   | status   |
        | 500 trucks | VIOLATED |
      And the finding's summary counts "1 report decides nothing"

  Rule: A total of aid trucks over several days can show that one of them fell short of 600, never that every one of them met it
    Some sources gave only a total over several days (the Gaza government media office: 8,500 trucks
    by 7 February; the UN relief chief: "over 10,000" in the first two weeks). The clause sets a minimum for each day,
    so a total below the days times 600 shows that at least one of those days fell short, though not
    which; a total at or above it cannot show that every day met 600, since one day may have had more
    and another less. A running total ("over 10,000") is a lower bound: it can never show a day short.
    Such a total gives a finding of its own, over the days it covers; the findings of each day are
    left as they were. A source that counted each day of the period gives that finding its own days'
    outcome: short if any day fell short.

    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Example: 1,199 trucks over two days of the first phase show that one of them fell short of 600
      Given 1199 aid trucks entered Gaza from 20 January 2025 to 21 January 2025 in all, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is VIOLATED over 20 January 2025 to 21 January 2025
      And the report of Monitor A over 20 January 2025 to 21 January 2025 shows the daily aid term VIOLATED: "1,199 trucks over 2 days: fewer than 2 × 600, so at least one day fell short"
      And the daily aid term is UNDETERMINED on 20 January 2025
      And the daily aid term is UNDETERMINED on 21 January 2025

    Example: 1,200 trucks over two days of the first phase cannot show that each of them had 600
      Given 1200 aid trucks entered Gaza from 20 January 2025 to 21 January 2025 in all, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is UNDETERMINED over 20 January 2025 to 21 January 2025
      And the report of Monitor A over 20 January 2025 to 21 January 2025 decides nothing about the daily aid term, because "1,200 trucks over 2 days: a total of 2 × 600 or more cannot show that every day had 600"

    Example: A running total of aid trucks given before the period ended cannot show that a day fell short of 600
      Given 1000 aid trucks had entered Gaza from 20 January 2025 to the time of the report on 21 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is UNDETERMINED over 20 January 2025 to 21 January 2025
      And the report of Monitor A over 20 January 2025 to 21 January 2025 decides nothing about the daily aid term, because "at least 1,000 trucks over 2 days: a lower bound cannot show that fewer than 2 × 600 entered"

    Example: A monitor's own counts of 600 trucks on each of two days meet the term over them, beside another's total that falls short
      Given 600 aid trucks entered Gaza on 20 January 2025, as reported by Monitor B
      And 600 aid trucks entered Gaza on 21 January 2025, as reported by Monitor B
      And 1100 aid trucks entered Gaza from 20 January 2025 to 21 January 2025 in all, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is CONTESTED over 20 January 2025 to 21 January 2025
      And the report of Monitor B over 20 January 2025 to 21 January 2025 shows the daily aid term COMPLIANT: "its own figure for each of the 2 days: no day short"

    Example: A monitor whose own count of one of two days falls short of 600 trucks shows the period short, whatever another's total
      Given 600 aid trucks entered Gaza on 20 January 2025, as reported by Monitor B
      And 599 aid trucks entered Gaza on 21 January 2025, as reported by Monitor B
      And 1300 aid trucks entered Gaza from 20 January 2025 to 21 January 2025 in all, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is VIOLATED over 20 January 2025 to 21 January 2025
      And the report of Monitor B over 20 January 2025 to 21 January 2025 shows the daily aid term VIOLATED: "its own figure for each of the 2 days: at least one day short"

  Rule: On the bundled reports, the days with a count of the aid trucks are judged by each source's count, and the others are undetermined
    The bundled reports have counts of the trucks that entered Gaza on 19 to 24 January and on
    12 February, all of them UN OCHA's but one: on 19 January a source in the Gaza interior ministry
    (via Caliber.Az) counted 552 where OCHA (via Reuters) counted some 630. Two other figures of
    19 January give the trucks of some crossings only (Al-Qahera News: 330 through the
    Israeli-controlled crossings; an Egyptian source, via AFP: 202, early in the day), so they are
    lower bounds, below 600, and decide nothing. OCHA's 339 of 24 January, a Friday, is the one count
    below 600 on its own. The totals over several days (the UN's "more than 2,400" by 21 January,
    OCHA's "more than 4,200" in six days, the UN relief chief's "over 10,000" in two weeks, the Gaza
    government media office's 8,500 by 7 February) were each given before the period ended, so they
    are lower bounds, and decide nothing.

    Background:
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked

    Example: On 19 January 2025 OCHA's 630 trucks meet the daily aid term, and the running figures given during the day decide nothing
      The Gaza interior ministry's 552 trucks "since the morning", like the Egyptian and Al-Qahera figures,
      was given while the day went on: a lower bound of the day's count, which cannot show it short.
      Then the daily aid term is COMPLIANT on 19 January 2025
      And the accounts of the daily aid term on 19 January 2025 are:
        | reported   | status    | rests on a report by |
        | 630 trucks | COMPLIANT | UN OCHA              |
      And the report of a source in the Gaza interior ministry decides nothing about the daily aid term on 19 January 2025, because "at least 552 trucks: a figure for part of the day cannot show that fewer than 600 entered in all"
      And the report of Al-Qahera News decides nothing about the daily aid term on 19 January 2025, because "at least 330 trucks: a figure for part of the day cannot show that fewer than 600 entered in all"
      And the report of an Egyptian source decides nothing about the daily aid term on 19 January 2025, because "at least 202 trucks: a figure for part of the day cannot show that fewer than 600 entered in all"

    Example: OCHA's counts meet the daily aid term on 20 to 23 January 2025 and fall short on 24 January 2025
      Then the daily aid term is COMPLIANT on 20 January 2025
      And the daily aid term is COMPLIANT on 23 January 2025
      And the daily aid term is VIOLATED on 24 January 2025
      And the accounts of the daily aid term on 24 January 2025 are:
        | reported   | status   | rests on a report by |
        | 339 trucks | VIOLATED | UN OCHA              |
      And the daily aid term is COMPLIANT on 12 February 2025

    Example: A day of the bundled reports without a count of the aid trucks is undetermined, never compliant
      Then the daily aid term is UNDETERMINED on 25 January 2025
      And the finding says it lacks "a report of the aid trucks that entered Gaza that day"
      And the daily aid term is UNDETERMINED on 1 March 2025

    Example: The Gaza government media office's 8,500 trucks by 7 February 2025, given during that day, cannot show a day short of 600
      A running figure given during a day is a lower bound of the total to date; no figure for the days
      before is derived from it. The UN relief chief's "over 10,000" to 6 February decides nothing either.
      Then the daily aid term is UNDETERMINED over 19 January 2025 to 7 February 2025
      And the report of the Gaza government media office over 19 January 2025 to 7 February 2025 decides nothing about the daily aid term, because "at least 8,500 trucks over 20 days: a lower bound cannot show that fewer than 20 × 600 entered"
      And the daily aid term is UNDETERMINED over 19 January 2025 to 6 February 2025

    Example: The Gaza government media office's claim that aid fell short from 19 January to 7 February 2025 is supported, by the days the counts show short
      A claim over several days is supported where a finding it rests on is VIOLATED: here 24 January,
      OCHA's 339 trucks. The office's own total of 8,500, a lower bound, decides nothing.
      Then the claim by Hamas against Israel about the daily aid term, reported by Anadolu, is SUPPORTED
