@gaza-2025-01 @term @release-schedule
Feature: P1-06 Release schedule
  As reported, Hamas was to release three women on Day 1 of the phase (19 January 2025), four women
  on Day 7 (25 January), then three hostages every seven days, and the rest in the sixth week: "26
  more over the next five weeks", as The New York Times put it. AP's final draft of the agreement,
  Kan's summary of the document and ynet gave the same schedule. No statement of the day-by-day
  schedule by either party or a mediator was found.

  The term has a finding on Days 1, 7, 14, 21 and 28 only (19 and 25 January, 1, 8 and 15 February
  2025), and counts the living hostages released in the deal that pause day, whatever their
  category: whether the first were women, and civilian women before soldiers, is the question of
  clause P1-08, and the sixth week ("the rest") is judged by the phase's total of clause P1-05. Bodies
  returned do not count. Releases on other days (such as 30 January) are no finding of this term.

  Background:
    Given clause P1-06, "Release schedule", reads, in the words of The New York Times:
      """
      three women on Day 1, four women on Day 7, then three hostages every seven days, the rest in the sixth week: "26 more over the next five weeks" (The New York Times); the same schedule in AP's final draft, Kan's summary and ynet
      """
    And clause P1-06 was also reported, not necessarily in these words, by "AP, Kan and ynet"
    And clause P1-06 was reported by the press only

  Rule: Hamas releases at least three living hostages on Day 1, four on Day 7 and three on each of Days 14, 21 and 28
    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Example: Three living hostages on Day 1 meet the schedule
      Given 3 civilian women were released alive in the deal on 19 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the release schedule term is COMPLIANT on 19 January 2025
      And the finding requires "at least 3 living hostages released in the deal on Day 1"
      And the release schedule term binds Hamas

    Example: Two living hostages on Day 1 fall one short of the schedule
      Given 2 civilian women were released alive in the deal on 19 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the release schedule term is VIOLATED on 19 January 2025
      And the accounts of the release schedule term on 19 January 2025 are:
        | reported                                    | status   |
        | 2 civilian women released alive in the deal | VIOLATED |

    Example: Four living hostages on Day 7 meet the schedule
      Given 4 female soldiers were released alive in the deal on 25 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the release schedule term is COMPLIANT on 25 January 2025
      And the finding requires "at least 4 living hostages released in the deal on Day 7"

    Example: Three living hostages on Day 7 fall one short of the schedule
      Given 3 female soldiers were released alive in the deal on 25 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the release schedule term is VIOLATED on 25 January 2025

    Scenario Outline: Three living hostages on Day <day> meet the weekly schedule
      Given 3 civilian men were released alive in the deal on <date>, as reported by Monitor A
      When the agreement is checked
      Then the release schedule term is COMPLIANT on <date>
      And the finding requires "at least 3 living hostages released in the deal on Day <day>"

      Examples:
        | day | date             |
        | 14  | 1 February 2025  |
        | 21  | 8 February 2025  |
        | 28  | 15 February 2025 |

    Scenario Outline: Two living hostages on Day <day> fall one short of the weekly schedule
      Given 2 civilian men were released alive in the deal on <date>, as reported by Monitor A
      When the agreement is checked
      Then the release schedule term is VIOLATED on <date>

      Examples:
        | day | date             |
        | 14  | 1 February 2025  |
        | 21  | 8 February 2025  |
        | 28  | 15 February 2025 |

    Example: A day of the schedule without any report of a release is undetermined, never compliant
      Given 3 civilian men were released alive in the deal on 8 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the release schedule term is UNDETERMINED on 1 February 2025
      And the finding says it lacks "a report of the hostages released in the deal that day, alive or dead"

    Example: Days outside the schedule, and the sixth week, have no release-schedule finding
      Given 3 civilian women were released alive in the deal on 30 January 2025, as reported by Monitor A
      And 6 civilian men were released alive in the deal on 22 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the release schedule term has no finding on 30 January 2025
      And the release schedule term has no finding on 22 February 2025

    Example: Bodies returned on a day of the schedule do not count toward it
      Given 2 civilian men were released alive in the deal on 1 February 2025, as reported by Monitor A
      And the bodies of 1 hostage were returned in the deal on 1 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the release schedule term is VIOLATED on 1 February 2025
      And the accounts of the release schedule term on 1 February 2025 are:
        | reported                                                                       | status   |
        | 2 civilian men released alive and the bodies of 1 hostage returned in the deal | VIOLATED |

    Example: Two counts either side of the number due leave the schedule contested
      Given 3 civilian men were released alive in the deal on 8 February 2025, as reported by Monitor A
      And 2 civilian men were released alive in the deal on 8 February 2025, as reported by Monitor B
      When the agreement is checked
      Then the release schedule term is CONTESTED on 8 February 2025, because its sources disagree

  Rule: A figure for part of a day, an upper bound, or hostages not said to be alive decide the schedule only where every number they allow falls on one side
    A figure of the releases by some hour says only that at least that many were released; an upper
    bound says at most; hostages of whom a report does not say whether they were alive may have been.
    The schedule is shown met only where the fewest living hostages a report allows reach the number
    due, and missed only where the most it allows fall short; otherwise the report forms no account,
    and the finding lists it among the reports that decide nothing, with why.
    Illustration: invented figures from placeholder monitors, not reports by any real body.

    Example: At least three living hostages by midday on Day 1 meet the schedule
      Given 3 civilian women had been released alive in the deal by 12:00 on 19 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the release schedule term is COMPLIANT on 19 January 2025

    Example: At least two living hostages by midday on Day 1 cannot show the schedule missed
      Given 2 civilian women had been released alive in the deal by 12:00 on 19 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the release schedule term is UNDETERMINED on 19 January 2025
      And the report of Monitor A decides nothing about the release schedule term on 19 January 2025, because "at least 2 civilian women released alive in the deal: a figure for part of the day cannot show that fewer than 3 were released alive in all"

    Example: At most two living hostages on Day 1 miss the schedule
      Given at most 2 civilian women were released alive in the deal on 19 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the release schedule term is VIOLATED on 19 January 2025

    Example: At most three living hostages on Day 1 cannot show the schedule met
      Given at most 3 civilian women were released alive in the deal on 19 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the release schedule term is UNDETERMINED on 19 January 2025
      And the report of Monitor A decides nothing about the release schedule term on 19 January 2025, because "at most 3 civilian women released alive in the deal: an upper bound cannot show that 3 were released alive"

    Example: Three hostages not said to be alive or dead cannot show the Day 1 schedule met or missed
      Given 3 hostages were released in the deal on 19 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the release schedule term is UNDETERMINED on 19 January 2025
      And the report of Monitor A decides nothing about the release schedule term on 19 January 2025, because "3 hostages released (alive or dead not said) in the deal: whether 3 of them were alive is not reported"
      And the finding says no report decides it, not that a report is lacking

    Example: Two hostages not said to be alive or dead cannot make up the Day 1 schedule
      Given 2 hostages were released in the deal on 19 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the release schedule term is VIOLATED on 19 January 2025

    Example: Three living hostages meet the Day 1 schedule whatever another hostage's state
      Given 3 civilian women were released alive in the deal on 19 January 2025, as reported by Monitor A
      And 1 hostage was released in the deal on 19 January 2025, alive or dead not said, as reported by Monitor A
      When the agreement is checked
      Then the release schedule term is COMPLIANT on 19 January 2025

  Rule: On the bundled reports, the schedule was kept on each of its days
    Three civilian women were released on 19 January and four female soldiers on 25 January, as the
    schedule has it (which of them should have come first is clause P1-08's question); three civilian
    men on each of 1, 8 and 15 February, the last after Hamas had announced on 10 February that it
    was postponing that release "until further notice", citing the delayed return north, shelling
    and aid not entering as agreed, and Israel's defence minister had called the postponement a
    "complete violation" of the agreement. Hamas said on 13 February that it would proceed as
    scheduled. The release took place on its day: Israel's claim is judged by the finding of that day,
    and Hamas's reasons are listed beside it as its defence.

    Example: On the bundled reports, the schedule was kept on 19 January 2025
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the release schedule term is COMPLIANT on 19 January 2025
      And the accounts of the release schedule term on 19 January 2025 are:
        | reported                                    | status    |
        | 3 civilian women released alive in the deal | COMPLIANT |

    Example: On the bundled reports, the schedule was kept on 25 January 2025
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the release schedule term is COMPLIANT on 25 January 2025
      And the accounts of the release schedule term on 25 January 2025 are:
        | reported                                                      | status    |
        | 4 female soldiers released alive in the deal                  | COMPLIANT |
        | 4 hostages of no reported category released alive in the deal | COMPLIANT |

    Scenario Outline: On the bundled reports, the schedule was kept on Day <day>
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the release schedule term is COMPLIANT on <date>

      Examples:
        | day | date            |
        | 14  | 1 February 2025 |
        | 21  | 8 February 2025 |

    Example: On the bundled reports, the postponed release of 15 February 2025 kept the schedule, and Hamas's reasons are listed beside the finding
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the release schedule term is COMPLIANT on 15 February 2025
      And the accounts of the release schedule term on 15 February 2025 are:
        | reported                                  | status    |
        | 3 civilian men released alive in the deal | COMPLIANT |
      And the release schedule finding for Hamas on 15 February 2025 lists Hamas's defence about clause P1-17, reported by KRDO (CNN), with the verdict UNDETERMINED

    Example: On the bundled reports, Israel's claim that Hamas's announcement of 10 February breached the schedule is undetermined, the schedule having no finding that day
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the claim by Israel against Hamas about the release schedule term, reported by KRDO (CNN), is UNDETERMINED
