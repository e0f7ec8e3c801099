@gaza-2025-01 @term @prisoners-same-day
Feature: P1-12 Prisoners released the same day as the hostages
  As reported by Israel, its Justice Ministry said no prisoner would be released before 16:00 on 19
  January 2025, and the Israel Prison Service transferred the prisoners of each release after the
  day's hostages were in Israel. No source quotes a clause that sets the day of the prisoners'
  release: the term reads the exchange as its releases were announced, each release of prisoners on
  the pause day of the hostages it is exchanged for.

  The term has a finding on each pause day on which hostages were released in the deal, living or
  dead. Prisoners freed after midnight belong to the pause day of their exchange, as every release
  does in the format (those of 19 January were freed at about 01:00 on 20 January). A source's count
  of the prisoners released that day shows the term met where it is above zero, and missed where it
  is zero. The number of prisoners is the question of the exchange ratio (clause P1-10).

  Background:
    Given clause P1-12, "Prisoners released the same day as the hostages", reads, in the words of Israel's Justice Ministry and the Israel Prison Service:
      """
      prisoners are released after the day's hostages reach Israel, and no prisoner before 16:00 on 19 January (Israel's Justice Ministry; the Israel Prison Service, as reported, paraphrase: implied, not quoted)
      """
    And clause P1-12 was reported by one party only, Israel

  Rule: On each pause day with hostages released in the deal, Israel releases prisoners that same pause day
    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Example: One prisoner released on the day of the hostages' release meets the term
      Given 3 civilian men were released alive in the deal on 8 February 2025, as reported by Monitor A
      And 1 prisoners were released on 8 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the same-day prisoner release term is COMPLIANT on 8 February 2025
      And the finding requires "prisoners released on the same pause day as the hostages released in the deal"
      And the same-day prisoner release term binds Israel

    Example: No prisoner released on the day of the hostages' release breaches the term
      Given 3 civilian men were released alive in the deal on 8 February 2025, as reported by Monitor A
      And 0 prisoners were released on 8 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the same-day prisoner release term is VIOLATED on 8 February 2025
      And the accounts of the same-day prisoner release term on 8 February 2025 are:
        | reported                            | status   |
        | no prisoners released on 2025-02-08 | VIOLATED |

    Example: Prisoners released the next day do not meet the term for the day of the hostages' release
      Given 3 civilian men were released alive in the deal on 8 February 2025, as reported by Monitor A
      And 0 prisoners were released on 8 February 2025, as reported by Monitor A
      And 183 prisoners were released on 9 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the same-day prisoner release term is VIOLATED on 8 February 2025

    Example: The day of a return of bodies is a day of the exchange too
      Given the bodies of 4 hostages were returned in the deal on 26 February 2025, as reported by Monitor A
      And 600 prisoners were released on 26 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the same-day prisoner release term is COMPLIANT on 26 February 2025

    Example: A day of hostages released without any report of the prisoners is undetermined
      Given the bodies of 4 hostages were returned in the deal on 20 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the same-day prisoner release term is UNDETERMINED on 20 February 2025
      And the finding says it lacks "a report of the prisoners released that day"

    Example: Prisoners released on a day without hostages released in the deal have no same-day finding
      Given 5 hostages were released outside the deal on 30 January 2025, as reported by Monitor A
      And 110 prisoners were released on 31 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the same-day prisoner release term has no finding on 30 January 2025
      And the same-day prisoner release term has no finding on 31 January 2025

    Example: A count of none and a count of some on the same day leave the same-day release contested
      Given 6 civilian men were released alive in the deal on 22 February 2025, as reported by Monitor A
      And 0 prisoners were released on 22 February 2025, as reported by Monitor A
      And 620 prisoners were released on 22 February 2025, as reported by Monitor B
      When the agreement is checked
      Then the same-day prisoner release term is CONTESTED on 22 February 2025, because its sources disagree

  Rule: A figure for part of a day, or an upper bound, decides the same-day release only where it can
    A figure of the prisoners released by some hour above zero shows that some were released; one of
    zero cannot show that none were. An upper bound of zero shows that none were; one above zero
    cannot show that any were. A report that cannot decide is listed among those that decide nothing,
    with why.
    Illustration: invented figures from placeholder monitors, not reports by any real body.

    Example: Prisoners released by an hour of the day meet the term
      Given 3 civilian men were released alive in the deal on 8 February 2025, as reported by Monitor A
      And 1 prisoners had been released by 18:00 on 8 February 2025, as reported by Monitor B
      When the agreement is checked
      Then the same-day prisoner release term is COMPLIANT on 8 February 2025

    Example: No prisoner released by an hour of the day cannot show the term missed
      Given 3 civilian men were released alive in the deal on 8 February 2025, as reported by Monitor A
      And 0 prisoners had been released by 18:00 on 8 February 2025, as reported by Monitor B
      When the agreement is checked
      Then the same-day prisoner release term is UNDETERMINED on 8 February 2025
      And the report of Monitor B decides nothing about the same-day prisoner release term on 8 February 2025, because "at least 0 prisoners released on 2025-02-08: a figure for part of the day cannot show that none was released"

    Example: At most no prisoner released breaches the term
      Given 3 civilian men were released alive in the deal on 8 February 2025, as reported by Monitor A
      And at most 0 prisoners were released on 8 February 2025, as reported by Monitor B
      When the agreement is checked
      Then the same-day prisoner release term is VIOLATED on 8 February 2025

    Example: At most one prisoner released cannot show the term met
      Given 3 civilian men were released alive in the deal on 8 February 2025, as reported by Monitor A
      And at most 1 prisoners were released on 8 February 2025, as reported by Monitor B
      When the agreement is checked
      Then the same-day prisoner release term is UNDETERMINED on 8 February 2025
      And the report of Monitor B decides nothing about the same-day prisoner release term on 8 February 2025, because "at most 1 prisoner released on 2025-02-08: an upper bound cannot show that any prisoner was released"

  Rule: Where the prisoners may follow by some days, the term looks at each day of the lag
    The clause index sets the lag to 0 pause days, the same day, as reported. Changed (a what-if,
    as --set does), prisoners released on any day of the lag meet the term, and a count of none
    shows it missed only with the same source's counts of none on each day of the lag.
    Illustration: invented figures from placeholder monitors, not reports by any real body.

    Example: With a lag of one day, prisoners released the next day meet the term
      Given the prisoners of an exchange may be released up to 1 pause day after its hostages
      And 6 civilian men were released alive in the deal on 22 February 2025, as reported by Monitor A
      And 0 prisoners were released on 22 February 2025, as reported by Monitor A
      And 620 prisoners were released on 23 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the same-day prisoner release term is COMPLIANT on 22 February 2025
      And the finding requires "prisoners released within 1 pause day of the hostages released in the deal"

    Example: With a lag of one day, no prisoner on either day breaches the term
      Given the prisoners of an exchange may be released up to 1 pause day after its hostages
      And 6 civilian men were released alive in the deal on 22 February 2025, as reported by Monitor A
      And 0 prisoners were released on 22 February 2025, as reported by Monitor A
      And 0 prisoners were released on 23 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the same-day prisoner release term is VIOLATED on 22 February 2025
      And the accounts of the same-day prisoner release term on 22 February 2025 are:
        | reported                                                            | status   |
        | no prisoners released on 2025-02-22 nor in the 1 pause day after it | VIOLATED |

    Example: With a lag of one day, no prisoner on the day and no count of the next cannot show the term missed
      Given the prisoners of an exchange may be released up to 1 pause day after its hostages
      And 6 civilian men were released alive in the deal on 22 February 2025, as reported by Monitor A
      And 0 prisoners were released on 22 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the same-day prisoner release term is UNDETERMINED on 22 February 2025
      And the report of Monitor A decides nothing about the same-day prisoner release term on 22 February 2025, because "0 prisoners released on 2025-02-22: the prisoners may be released up to 1 pause day after the hostages, and the source gives no count of each of those days"

  Rule: On the bundled reports, prisoners were released on each day of living hostages but 22 February, when Israel withheld them
    Israel's Prime Minister's Office said the release of the prisoners due on 22 February 2025 would
    be delayed "until the release of the next hostages has been assured, and without the humiliating
    ceremonies"; they were released in the exchange completed early on 27 February, which belongs to
    26 February. No reported clause covers release ceremonies: Israel's statement, listed beside the
    finding as its defence, concerns no clause of the agreement as reported. No release of prisoners
    was reported for the days on which bodies alone were returned, 20 and 21 February.

    Example: On the bundled reports, prisoners were released on the day of the hostages' release, 19 January 2025
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the same-day prisoner release term is COMPLIANT on 19 January 2025

    Example: On the bundled reports, prisoners were released on the day of the hostages' release, 25 January 2025
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the same-day prisoner release term is COMPLIANT on 25 January 2025

    Example: On the bundled reports, no prisoners were released on 22 February 2025, and Israel's reason is listed beside the finding
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the same-day prisoner release term is VIOLATED on 22 February 2025
      And the accounts of the same-day prisoner release term on 22 February 2025 are:
        | reported                            | status   | rests on a report by |
        | no prisoners released on 2025-02-22 | VIOLATED | Israeli PMO          |
      And the same-day prisoner release finding for Israel on 22 February 2025 lists Israel's defence, reported by Ynetnews, with the verdict UNDETERMINED
      And the claim by Hamas against Israel about the same-day prisoner release term, reported by The Media Line, is SUPPORTED

    Example: On the bundled reports, the prisoners withheld on 22 February 2025 were released on 26 February 2025
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the same-day prisoner release term is COMPLIANT on 26 February 2025
      And the accounts of the same-day prisoner release term on 26 February 2025 are:
        | reported                             | status    |
        | 643 prisoners released on 2025-02-26 | COMPLIANT |
        | 620 prisoners released on 2025-02-26 | COMPLIANT |

    Example: On the bundled reports, no release of prisoners was reported on the days of bodies alone, 20 and 21 February 2025
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the same-day prisoner release term is UNDETERMINED on 20 February 2025
      And the same-day prisoner release term is UNDETERMINED on 21 February 2025
