@gaza-2025-01 @term @release-order-women
Feature: P1-08 Order of release among women
  On 25 January 2025 the IDF spokesman said Hamas had "failed to meet its obligations to release
  Israeli female civilian hostages first": that day Hamas released four female soldiers while a
  civilian woman of the deal was still held (Kan and Channel 12 had said so of Hamas's list the day
  before, and Israel's Prime Minister's Office held the return of the displaced to the north until
  her release was arranged). AP's final draft of the agreement gives only weekly releases "starting
  with women (civilians and soldiers)", which sets no order between civilian women and female
  soldiers. No Hamas statement of the clause was found, and what Hamas did is not a statement of it.

  The clause index therefore records two readings, each with who holds it: civilian women first, no
  female soldier and no man released while a living civilian woman of the deal is still held
  (civilian-women-first); or women first, civilians and soldiers alike, no man released while a
  living woman of the deal is still held (women-civilians-and-soldiers). The checker evaluates both
  side by side and makes neither the default. Neither account of the clause places children, so
  neither reading ranks them. The order is an order of the living: bodies are the living before
  deceased term's.

  The term binds Hamas and applies, under each reading, on each pause day on which living hostages
  of the deal are released. Who was still held is known only from those released later: a woman the
  reading puts first whom any report shows released alive on a later day was still held. So a day's
  releases show the order broken by such a witness, and show it kept only where nobody the reading
  ranks later was released that day; otherwise they decide nothing, and the finding is undetermined.

  Background:
    Given clause P1-08, "Order of release among women", reads, in the words of the IDF spokesman and AP:
      """
      civilian women before female soldiers: Hamas "failed to meet its obligations to release Israeli female civilian hostages first" (IDF spokesman, 25 January); weekly releases "starting with women (civilians and soldiers)" (AP's final draft)
      """
    And clause P1-08 was also reported, not necessarily in these words, by "Israeli PMO, Kan and Channel 12"
    And the accounts of clause P1-08 differ
    And clause P1-08 has the readings "civilian-women-first" and "women-civilians-and-soldiers", and no other

  Rule: Read as civilian women first, no female soldier and no man is released while a living civilian woman is still held
    Illustration: invented releases from placeholder monitor (Monitor A), not reports by any real
    body. Each example keeps this reading only, as a what-if run with
    --reading P1-08=civilian-women-first does.

    Background:
      Given clause P1-08 has the reading "civilian-women-first", which reads:
        """
        No female soldier, and no man, is released while a living civilian woman of the deal is still held: civilian women first.
        """
      And the reading "civilian-women-first" of clause P1-08 is held by:
        | the IDF spokesman: Hamas "failed to meet its obligations to release Israeli female civilian hostages first" (25 January) |
        | the Israeli PMO: no crossing to the north until the release of a civilian woman hostage, H-09, is arranged (25 January)  |
        | Kan and Channel 12: the list of four female soldiers breaches the order of civilian women first (24 January)             |
      And clause P1-08 is read only as "civilian-women-first", its other readings set aside

    Example: Releasing civilian women only keeps the order
      Given 3 civilian women were released alive in the deal on 19 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the women's release order term is COMPLIANT on 19 January 2025
      And the finding requires "no female soldier and no man released while a living civilian woman of the deal is still held"
      And the women's release order term binds Hamas
      And the accounts of the women's release order term on 19 January 2025 are:
        | reported                                                | status    | rests on a report by |
        | 3 civilian women: no female soldier and no man released | COMPLIANT | Monitor A            |

    Scenario Outline: Female soldiers released on 25 January, with a civilian woman released alive <when>, <outcome>
      Given 4 female soldiers were released alive in the deal on 25 January 2025, as reported by Monitor A
      And 1 civilian woman was released alive in the deal on <day>, as reported by Monitor A
      When the agreement is checked
      Then the women's release order term is <status> on 25 January 2025

      Examples:
        | when                  | outcome                                             | day             | status       |
        | five days later       | breach the order: she was still held                | 30 January 2025 | VIOLATED     |
        | the next day          | breach the order: she was still held                | 26 January 2025 | VIOLATED     |
        | on the same day       | decide nothing: she was not still held at its end   | 25 January 2025 | UNDETERMINED |

    Example: Female soldiers released with no civilian woman reported released later decide nothing
      Given 4 female soldiers were released alive in the deal on 25 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the women's release order term is UNDETERMINED on 25 January 2025
      And under the reading "civilian-women-first", the report of Monitor A decides nothing about the women's release order term on 25 January 2025, because "4 female soldiers: no living civilian woman of the deal is reported released later, and the reports do not say whether one was still held"

    Example: A civilian man released while a civilian woman is still held breaches the order
      Given 1 civilian man was released alive in the deal on 1 February 2025, as reported by Monitor A
      And 1 civilian woman was released alive in the deal on 8 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the women's release order term is VIOLATED on 1 February 2025
      And the women's release order term is COMPLIANT on 8 February 2025

    Example: The body of a civilian woman returned later is no witness that a living one was still held
      Given 4 female soldiers were released alive in the deal on 25 January 2025, as reported by Monitor A
      And the bodies of 1 civilian woman were returned in the deal on 21 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the women's release order term is UNDETERMINED on 25 January 2025
      And the women's release order term has no finding on 21 February 2025

    Example: A child released ahead of a civilian woman is ranked by neither reading
      Given 1 child was released alive in the deal on 25 January 2025, as reported by Monitor A
      And 1 civilian woman was released alive in the deal on 30 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the women's release order term is COMPLIANT on 25 January 2025

    Example: Hostages released with no category given decide nothing
      Given 4 hostages were released alive in the deal on 25 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the women's release order term is UNDETERMINED on 25 January 2025
      And under the reading "civilian-women-first", the report of Monitor A decides nothing about the women's release order term on 25 January 2025, because "4 hostages of no reported category (not all by category, or only a bound of the day's releases): the category of every hostage released that day is not reported"

  Rule: Read as women first, civilians and soldiers alike, no man is released while a living woman is still held
    Illustration: invented releases from placeholder monitor (Monitor A), not reports by any real
    body. Each example keeps this reading only, as a what-if run with
    --reading P1-08=women-civilians-and-soldiers does.

    Background:
      Given clause P1-08 has the reading "women-civilians-and-soldiers", which reads:
        """
        No man is released while a living woman of the deal, civilian or soldier, is still held: women first, civilians and soldiers alike; the clause sets no order between civilian women and female soldiers.
        """
      And the reading "women-civilians-and-soldiers" of clause P1-08 is held by:
        | AP's final draft: weekly releases "starting with women (civilians and soldiers)" |
      And clause P1-08 is read only as "women-civilians-and-soldiers", its other readings set aside

    Example: Female soldiers released while a civilian woman is still held keep the order read this way
      Given 4 female soldiers were released alive in the deal on 25 January 2025, as reported by Monitor A
      And 1 civilian woman was released alive in the deal on 30 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the women's release order term is COMPLIANT on 25 January 2025
      And the accounts of the women's release order term on 25 January 2025 are:
        | reported                            | status    |
        | 4 female soldiers: no man released | COMPLIANT |

    Scenario Outline: A civilian man released on 30 January, with a female soldier released alive <when>, <outcome>
      Given 1 civilian man was released alive in the deal on 30 January 2025, as reported by Monitor A
      And 1 female soldier was released alive in the deal on <day>, as reported by Monitor A
      When the agreement is checked
      Then the women's release order term is <status> on 30 January 2025

      Examples:
        | when            | outcome                                           | day             | status       |
        | the next day    | breaches the order: she was still held            | 31 January 2025 | VIOLATED     |
        | on the same day | decides nothing: she was not still held at its end | 30 January 2025 | UNDETERMINED |

    Example: Men released with no woman reported released later decide nothing
      Given 3 civilian men were released alive in the deal on 1 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the women's release order term is UNDETERMINED on 1 February 2025
      And under the reading "women-civilians-and-soldiers", the report of Monitor A decides nothing about the women's release order term on 1 February 2025, because "3 civilian men: no living woman of the deal is reported released later, and the reports do not say whether one was still held"

    Example: Hostages released with no category given decide nothing read this way too
      Given 3 hostages were released alive in the deal on 1 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the women's release order term is UNDETERMINED on 1 February 2025
      And under the reading "women-civilians-and-soldiers", the report of Monitor A decides nothing about the women's release order term on 1 February 2025, because "3 hostages of no reported category (not all by category, or only a bound of the day's releases): the category of every hostage released that day is not reported"

  Rule: Read both ways side by side, female soldiers released ahead of a civilian woman leave the term contested by its readings
    Illustration: invented releases from a placeholder monitor (Monitor A), not reports by any real body.

    Example: Four female soldiers released while a civilian woman is still held: a breach read one way, the order kept read the other
      Given 4 female soldiers were released alive in the deal on 25 January 2025, as reported by Monitor A
      And 1 civilian woman was released alive in the deal on 30 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the women's release order term is CONTESTED on 25 January 2025, because its readings disagree
      And under each reading, the women's release order term on 25 January 2025 is:
        | reading                      | status    | held by                                                                                                   |
        | civilian-women-first         | VIOLATED  | the IDF spokesman: Hamas … first; the Israeli PMO: no crossing … arranged; Kan and Channel 12: the list … first |
        | women-civilians-and-soldiers | COMPLIANT | AP's final draft: weekly releases "starting with women (civilians and soldiers)"                            |

  Rule: On the bundled reports, the release of 25 January breaches the order read as civilian women first and keeps it read as women first
    The bundled reports are those of the real sources the fact set names.

    Background:
      Given the bundled reports of the January 2025 cease-fire

    Example: The four female soldiers of 25 January, with a civilian woman released only on 30 January
      When the agreement is checked
      Then the women's release order term is CONTESTED on 25 January 2025, because its readings disagree
      And under the reading "civilian-women-first" the women's release order term is VIOLATED on 25 January 2025
      And under the reading "women-civilians-and-soldiers" the women's release order term is COMPLIANT on 25 January 2025

    Example: The three civilian women of 19 January keep the order read either way
      When the agreement is checked
      Then the women's release order term is COMPLIANT on 19 January 2025
