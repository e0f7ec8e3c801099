@gaza-2025-01 @term @living-before-deceased
Feature: P1-07 Living hostages before bodies
  As reported by the press only (Reuters's published parts; The Times of Israel, via Krone), the
  living hostages of the deal were to be released first and bodies after them, and if fewer than 33
  were alive, the number was to be completed with bodies. No statement of this order by either party
  or by a mediator was found.

  Neither report says whether the order holds from day to day or between the weekly releases of the
  schedule (Day 1 and Day 7, then every seven days; clause P1-06). The clause index records both as
  readings, each the compiler's reading of the same words: by day, no body returned on a day while a
  living hostage of the deal is still held, to be released on a later day (by-day); or by weekly
  release, no body returned in a week of the schedule (Days 1 to 7, 8 to 14, …) while a living
  hostage of the deal is still held, to be released in a later week (by-release-week). The checker
  evaluates both side by side and makes neither the default. In the week of Days 29 to 35, bodies
  were handed over on 20 February (Day 33) and six living hostages released on 22 February (Day 35),
  in the order arranged for that week through the mediators; no party called it a breach.

  The term binds Hamas and applies, under each reading, on each pause day on which hostages of the
  deal are released. Who was still held is known only from those released later: a living hostage
  whom any report shows released later was still held. So a body returned shows the order broken
  where such a witness exists, and a day shows it kept only where no body was returned; otherwise
  the reports decide nothing, and the finding is undetermined.

  Background:
    Given clause P1-07, "Living hostages before bodies", reads, in the words of Reuters and The Times of Israel:
      """
      living hostages are released first, then bodies; if fewer than 33 are alive, the number is completed with bodies (Reuters; The Times of Israel, via Krone, paraphrase)
      """
    And clause P1-07 was reported by the press only
    And clause P1-07 has the readings "by-day" and "by-release-week", and no other

  Rule: Read day by day, no body is returned while a living hostage released on a later day is still held
    Illustration: invented releases from a placeholder monitor (Monitor A), not reports by any real
    body. Each example keeps this reading only, as a what-if run with --reading P1-07=by-day does.

    Background:
      Given clause P1-07 has the reading "by-day", which reads:
        """
        No body is returned on a pause day while a living hostage of the deal is still held, to be released on a later day: living first, then bodies, day by day.
        """
      And clause P1-07 is read only as "by-day", its other readings set aside

    Example: A day on which only living hostages are released keeps the order
      Given 3 civilian women were released alive in the deal on 19 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the living before deceased term is COMPLIANT on 19 January 2025
      And the living before deceased term binds Hamas
      And the accounts of the living before deceased term on 19 January 2025 are:
        | reported                   | status    | rests on a report by |
        | 3 living: no body returned | COMPLIANT | Monitor A            |

    Scenario Outline: Bodies returned on 20 February, with living hostages released <when>, <outcome>
      Given the bodies of 3 hostages were returned in the deal on 20 February 2025, as reported by Monitor A
      And 6 civilian men were released alive in the deal on <day>, as reported by Monitor A
      When the agreement is checked
      Then the living before deceased term is <status> on 20 February 2025

      Examples:
        | when            | outcome                                                 | day              | status       |
        | the next day    | breach the order: they were still held                  | 21 February 2025 | VIOLATED     |
        | on the same day | decide nothing: nobody is reported still held at its end | 20 February 2025 | UNDETERMINED |

    Example: Bodies returned with no living hostage reported released later decide nothing
      Given the bodies of 4 hostages were returned in the deal on 26 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the living before deceased term is UNDETERMINED on 26 February 2025
      And under the reading "by-day", the report of Monitor A decides nothing about the living before deceased term on 26 February 2025, because "4 bodies: no living hostage of the deal is reported released later, and the reports do not say whether one was still held"

    Example: Hostages released with no word on whether they were alive decide nothing
      Given 3 civilian men were released in the deal on 1 February 2025, alive or dead not said, as reported by Monitor A
      When the agreement is checked
      Then the living before deceased term is UNDETERMINED on 1 February 2025
      And under the reading "by-day", the report of Monitor A decides nothing about the living before deceased term on 1 February 2025, because "3 alive or dead not said (not all said alive or dead, or only a bound of the day's releases): whether every hostage released that day was alive is not reported"

  Rule: Read by weekly release, no body is returned while a living hostage released in a later week of the schedule is still held
    Illustration: invented releases from a placeholder monitor (Monitor A), not reports by any real
    body. Each example keeps this reading only, as a what-if run with --reading P1-07=by-release-week
    does. The weeks of the schedule run from Day 1 (19 January): Days 29 to 35 are 16 to 22 February,
    and Days 36 to 42 are 23 February to 1 March.

    Background:
      Given clause P1-07 has the reading "by-release-week", which reads:
        """
        No body is returned in a week of the release schedule (Days 1–7, 8–14, …, clause P1-06) while a living hostage of the deal is still held, to be released in a later week: the order holds between the weekly releases, not between the days of one week.
        """
      And clause P1-07 is read only as "by-release-week", its other readings set aside

    Scenario Outline: Bodies returned on Day 33, 20 February, with living hostages released on <day>, <outcome>
      Given the bodies of 3 hostages were returned in the deal on 20 February 2025, as reported by Monitor A
      And 6 civilian men were released alive in the deal on <day>, as reported by Monitor A
      When the agreement is checked
      Then the living before deceased term is <status> on 20 February 2025

      Examples:
        | day              | outcome                                                   | status       |
        | 23 February 2025 | Day 36, the next week: a breach                           | VIOLATED     |
        | 22 February 2025 | Day 35, the same week: decide nothing                     | UNDETERMINED |

    Example: Bodies returned with no living hostage reported released in a later week decide nothing
      Given the bodies of 3 hostages were returned in the deal on 20 February 2025, as reported by Monitor A
      And 6 civilian men were released alive in the deal on 22 February 2025, as reported by Monitor A
      When the agreement is checked
      Then under the reading "by-release-week", the report of Monitor A decides nothing about the living before deceased term on 20 February 2025, because "3 bodies: no living hostage of the deal is reported released in a later week of the schedule, and the reports do not say whether one was still held"
      And the living before deceased term is COMPLIANT on 22 February 2025

  Rule: Read both ways side by side, bodies returned two days before the week's living hostages leave the term contested by its readings
    Illustration: invented releases from a placeholder monitor (Monitor A), not reports by any real body.

    Example: Bodies on Day 33 and living hostages on Day 35: a breach read day by day, nothing decided read by week
      Given the bodies of 3 hostages were returned in the deal on 20 February 2025, as reported by Monitor A
      And 6 civilian men were released alive in the deal on 22 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the living before deceased term is CONTESTED on 20 February 2025, because its readings disagree
      And under each reading, the living before deceased term on 20 February 2025 is:
        | reading         | status       | held by                                                                              |
        | by-day          | VIOLATED     | Reuters … read as an order of the days of release … by weekly release) |
        | by-release-week | UNDETERMINED | Reuters … read as an order of the weekly releases … no party called it a breach) |

  Rule: On the bundled reports, the bodies of 20 February breach the order read day by day, and decide nothing read by weekly release
    The bundled reports are those of the real sources the fact set names.

    Background:
      Given the bundled reports of the January 2025 cease-fire

    Example: The sixth week's exchange, bodies on 20 February and six living hostages on 22 February
      When the agreement is checked
      Then the living before deceased term is CONTESTED on 20 February 2025, because its readings disagree
      And under the reading "by-day" the living before deceased term is VIOLATED on 20 February 2025
      And under the reading "by-release-week" the living before deceased term is UNDETERMINED on 20 February 2025

    Example: The living hostages released before the first bodies keep the order read either way
      When the agreement is checked
      Then the living before deceased term is COMPLIANT on 25 January 2025
