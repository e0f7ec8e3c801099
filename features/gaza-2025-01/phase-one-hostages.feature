@gaza-2025-01 @term @phase-one-hostages
Feature: P1-05 Thirty-three hostages in phase one
  As reported, Hamas was to release 33 hostages "alive or deceased" in the first phase: women,
  civilians and soldiers; children under 19 who are not soldiers; men over 50; and sick and wounded
  civilians. Qatar's prime minister announced 33 on 15 January 2025; The New York Times, AP's final
  draft and Reuters reported the categories. Both parties spoke of the 33: Israel's government
  spokesperson said eight of "the 33 hostages mentioned in the first phase of the agreement" had
  died, and a Hamas member told dpa that eight of the 33 were dead and 25 alive (27 January).

  The term is judged once, on Day 42, the last day of the phase (1 March 2025), over its days. Living
  hostages and bodies both count; hostages released outside the deal do not. An account adds one
  source's count for each day of the phase on which a release in the deal was reported, so where
  sources differ on a day there is one account for each way of adding them up. A day on which no
  source reports a release adds nothing: a release of hostages does not go unreported.

  Background:
    Given clause P1-05, "Thirty-three hostages in phase one", reads, in the words of The New York Times, AP, Reuters, Qatar's prime minister and the Israeli government spokesperson:
      """
      33 hostages "alive or deceased": women, civilians and soldiers; children under 19 who are not soldiers; men over 50; and sick and wounded civilians (The New York Times; AP's final draft; Reuters; Qatar's prime minister, paraphrase); "eight of the 33 hostages mentioned in the first phase of the agreement" have died (Israeli government spokesperson, 27 January)
      """
    And clause P1-05 was also reported, not necessarily in these words, by "a Hamas member (via dpa) and The Times of Israel"
    And clause P1-05 was reported by both parties

  Rule: Over the 42 days of the phase Hamas releases at least 33 hostages in the deal, living or dead
    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Example: 33 hostages over the phase meet the term
      Given hostages were released in the deal, as reported by Monitor A:
        | date             | hostages |
        | 19 January 2025  | 3        |
        | 25 January 2025  | 4        |
        | 1 February 2025  | 20       |
        | 22 February 2025 | 6        |
      When the agreement is checked
      Then the phase-one total term is COMPLIANT on 1 March 2025
      And the finding requires "at least 33 hostages, living or dead, released in the deal over pause days 1 to 42"
      And the phase-one total term binds Hamas
      And the phase-one total term has no finding on 22 February 2025
      And the accounts of the phase-one total term on 1 March 2025 are:
        | reported                                                            | status    |
        | 33 hostages (3 on 19 Jan + 4 on 25 Jan + 20 on 1 Feb + 6 on 22 Feb) | COMPLIANT |

    Example: 32 hostages over the phase breach the term
      Given hostages were released in the deal, as reported by Monitor A:
        | date             | hostages |
        | 19 January 2025  | 3        |
        | 25 January 2025  | 4        |
        | 1 February 2025  | 19       |
        | 22 February 2025 | 6        |
      When the agreement is checked
      Then the phase-one total term is VIOLATED on 1 March 2025

    Example: Bodies returned count toward the 33
      Given 29 civilian men were released alive in the deal on 22 February 2025, as reported by Monitor A
      And the bodies of 4 hostages were returned in the deal on 26 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the phase-one total term is COMPLIANT on 1 March 2025

    Example: Hostages released outside the deal do not make up the 33
      Given 30 civilian men were released alive in the deal on 22 February 2025, as reported by Monitor A
      And 5 hostages were released outside the deal on 30 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the phase-one total term is VIOLATED on 1 March 2025

    Example: Two counts of one day that fall either side of 33 leave the phase-one total contested
      Given 29 civilian men were released alive in the deal on 22 February 2025, as reported by Monitor A
      And the bodies of 4 hostages were returned in the deal on 20 February 2025, as reported by Monitor A
      And the bodies of 3 hostages were returned in the deal on 20 February 2025, as reported by Monitor B
      When the agreement is checked
      Then the phase-one total term is CONTESTED on 1 March 2025, because its sources disagree
      And the accounts of the phase-one total term on 1 March 2025 are:
        | reported                                 | status    |
        | 33 hostages (4 on 20 Feb + 29 on 22 Feb) | COMPLIANT |
        | 32 hostages (3 on 20 Feb + 29 on 22 Feb) | VIOLATED  |

    Example: A phase with no report of any release is undetermined, never violated
      Given 90 prisoners were released on 19 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the phase-one total term is UNDETERMINED on 1 March 2025
      And the finding says it lacks "a count of the hostages released in the deal on each day of pause days 1 to 42 with a reported release"

  Rule: A figure for part of a day, or an upper bound of a day, never adds up into the phase's total
    A figure of the hostages released by some hour of a day says only that at least that many were
    released that day; an upper bound says at most. Neither is added to other days' counts, so
    neither decides the term: the finding lists it among the reports that decide nothing, with why,
    and judges the total from the counts of whole days. A day whose only report is such a figure
    leaves the term without a total.
    Illustration: invented figures from placeholder monitors, not reports by any real body.

    Example: A partial figure beside counts of every release day leaves the total to the counts
      Given 30 civilian men were released alive in the deal on 22 February 2025, as reported by Monitor A
      And 3 civilian women were released alive in the deal on 19 January 2025, as reported by Monitor A
      And 2 civilian women had been released alive in the deal by 12:00 on 19 January 2025, as reported by Monitor B
      When the agreement is checked
      Then the phase-one total term is COMPLIANT on 1 March 2025
      And the report of Monitor B decides nothing about the phase-one total term on 1 March 2025, because "at least 2 civilian women released alive in the deal on 2025-01-19: a bound never adds up with other reports into a total over several days"

    Example: A partial figure in place of a day's count leaves the phase-one total undetermined, even where it would make 33
      Given 30 civilian men were released alive in the deal on 22 February 2025, as reported by Monitor A
      And 3 civilian women had been released alive in the deal by 12:00 on 19 January 2025, as reported by Monitor B
      When the agreement is checked
      Then the phase-one total term is UNDETERMINED on 1 March 2025
      And the report of Monitor B decides nothing about the phase-one total term on 1 March 2025, because "at least 3 civilian women released alive in the deal on 2025-01-19: a bound never adds up with other reports into a total over several days"
      And the finding says no report decides it, not that a report is lacking

  Rule: On the bundled reports, 33 hostages were released in the deal
    On 20 February 2025 Hamas handed over four coffins as four hostages; Israel's forensic institute
    identified three of them, and found the fourth was not a hostage (X-01), which Hamas called a
    mistake. The body of the hostage it was said to be was returned on 21 February. The fact set counts
    the fourth coffin as no release in the deal, so the releases of the phase add up to 33, 25 living
    and 8 bodies.

    Example: On the bundled reports, the phase-one total was met on 1 March 2025
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the phase-one total term is COMPLIANT on 1 March 2025
      And the accounts of the phase-one total term on 1 March 2025 are:
        | reported                                                                                                                                              | status    | rests on a report by |
        | 33 hostages (3 on 19 Jan + 4 on 25 Jan + 3 on 30 Jan + 3 on 1 Feb + 3 on 8 Feb + 3 on 15 Feb + 3 on 20 Feb + 1 on 21 Feb + 6 on 22 Feb + 4 on 26 Feb) | COMPLIANT | Bangkok Post         |
