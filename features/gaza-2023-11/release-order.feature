@gaza-2023-11 @term @release-order
Feature: T12 Prisoners released by seniority
  Hamas said the prisoners would be released "all according to seniority", and the head of the
  Palestinian Authority's Prisoners Affairs Authority said seniority was a condition of the truce
  that Israel "manipulated". Haaretz reported that the names were chosen by Israel's prime
  minister, defence minister and a third war-cabinet member from the published list of 300; no
  Israeli statement on a seniority rule, accepting or rejecting it, was found: only one party,
  Hamas, reported this clause.

  No source states an order of release day by day. The same head of the Prisoners Affairs Authority
  said the first list was let through, with the issue "to be rectified later", and Hamas's objection
  of 25 November, as Le Monde reported it, was that Israel planned to release people held for only a
  few months rather than long-serving prisoners: both speak of who was selected. The clause index
  therefore records two readings of Hamas's words, each with who holds it: an order of release, day
  by day, nobody released on a day having served less time than any prisoner who was eligible that
  day (listed before it) and was still held at its end (order-of-release, the compiler's reading of
  "all according to seniority"); or a rule of selection, those selected for release over the pause
  being the longest-serving of the eligible, whatever the day each is released
  (selection-by-seniority). The checker evaluates both side by side and makes neither the default.

  Time served is ordered by the date of detention: earlier means longer. The term binds Israel and
  applies, under each reading, on each pause day with a report of prisoners released; only a list of
  who was released can show the order, so a day reported only as a count is undetermined.

  Background:
    Given clause T12, "Prisoners released by seniority", reads, in the words of Hamas:
      """
      "all according to seniority" (Hamas, 22 November)
      """
    And clause T12 was also reported, not necessarily in these words, by "PA Prisoners Affairs Authority"
    And clause T12 was reported by one party only, Hamas
    And clause T12 has the readings "order-of-release" and "selection-by-seniority", and no other
    And these prisoners, as listed by Monitor A:
      | prisoner | detained on     | listed as eligible on |
      | P-0001   | 12 October 2015 | 22 November 2023      |
      | P-0002   | 1 June 2023     | 22 November 2023      |
      | P-0003   | 1 June 2023     | 22 November 2023      |
      | P-0004   | 2 June 2023     | 22 November 2023      |
      | P-0005   | 3 March 2010    | 28 November 2023      |
      | P-0006   | 4 April 2009    | never                 |

  Rule: Read as an order of release, nobody is released ahead of a longer-serving eligible prisoner still held
    The clause index gives as the holder of this reading Hamas's "all according to seniority", read
    as an order of release day by day: that reading of its words is the compiler's, since no source
    states an order by day. Each example keeps this reading only, as a what-if run with
    --reading T12=order-of-release does.

    Illustration: invented prisoners, dates and lists from placeholder monitors (Monitor A,
    Monitor B), not reports by any real body; the prisoners in the background are theirs too.

    Background:
      Given clause T12 has the reading "order-of-release", which reads:
        """
        Nobody is released on a pause day ahead of a longer-serving prisoner who was eligible that day (listed before it) and still held at its end: seniority as an order of release, day by day.
        """
      And the reading "order-of-release" of clause T12 is held by:
        | Hamas: "all according to seniority" (22 November), read as an order of release day by day (the compiler's reading of its words: no source states an order by day) |
      And clause T12 is read only as "order-of-release", its other readings set aside

    Example: Releasing the longest-serving eligible prisoner first meets the term
      Given Monitor A named the prisoners released on 24 November 2023:
        | prisoner |
        | P-0001   |
      When the agreement is checked
      Then the release order term is COMPLIANT on 24 November 2023
      And the release order term binds Israel

    Example: Releasing a prisoner detained in 2023 while one detained in 2015 is held breaches the term
      Given Monitor A named the prisoners released on 24 November 2023:
        | prisoner |
        | P-0002   |
      When the agreement is checked
      Then the release order term is VIOLATED on 24 November 2023

    Example: Two prisoners detained on the same day may be released in either order
      Given Monitor A named the prisoners released on 24 November 2023:
        | prisoner |
        | P-0001   |
        | P-0003   |
      When the agreement is checked
      Then the release order term is COMPLIANT on 24 November 2023

    Example: A prisoner detained one day later may not go ahead of one detained a day earlier
      Given Monitor A named the prisoners released on 24 November 2023:
        | prisoner |
        | P-0001   |
        | P-0004   |
      When the agreement is checked
      Then the release order term is VIOLATED on 24 November 2023

    Example: Prisoners not yet listed, or never listed, do not count as held ahead of anyone
      Given Monitor A named the prisoners released on 24 November 2023:
        | prisoner |
        | P-0001   |
        | P-0002   |
        | P-0003   |
        | P-0004   |
      When the agreement is checked
      Then the release order term is COMPLIANT on 24 November 2023

    Scenario Outline: Releasing a 2023 detainee on <day>, while one detained in 2010 and listed on 28 November is held, is <status>
      Given the pause was extended by 2 days, as reported by Monitor A
      And Monitor A named the prisoners released on 24 November 2023:
        | prisoner |
        | P-0001   |
        | P-0002   |
        | P-0003   |
      And Monitor A named the prisoners released on <day>:
        | prisoner |
        | P-0004   |
      When the agreement is checked
      Then the release order term is <status> on <day>

      Examples:
        | day              | status    |
        | 28 November 2023 | COMPLIANT |
        | 29 November 2023 | VIOLATED  |

    Example: Two lists of the same day that differ leave the release order term contested
      Given Monitor A named the prisoners released on 24 November 2023:
        | prisoner |
        | P-0001   |
      And Monitor B named the prisoners released on 24 November 2023:
        | prisoner |
        | P-0002   |
      When the agreement is checked
      Then the release order term is CONTESTED on 24 November 2023

    Example: Releases reported only as a count leave the order undetermined
      Given 39 prisoners were released on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the release order term is UNDETERMINED on 24 November 2023
      And the finding says it lacks "a list by id"

    Example: A day without any prisoner release has no finding of the order
      Given 39 prisoners were released on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the release order term has no finding on 25 November 2023

  Rule: Read as an order of release, a partial list can show a prisoner released out of order, never that the order was kept
    A source that names only some of the prisoners released on a day leaves unknown who else was
    released that day, so it cannot say who was still held at the day's end. It can still show a
    breach: if someone it names served less than a prisoner eligible that day whom any source
    reports released on a later day, that prisoner was still held at the day's end, and the
    shorter-serving one went first. It can never show the order kept: anyone it leaves out may
    have gone ahead of someone longer-serving. The same holds on the source's later days, since
    whom it released on the day of its partial list stays unknown.
    Each example keeps the reading order-of-release only.
    Illustration: invented prisoners, dates and lists from placeholder monitors (Monitor A,
    Monitor B), not reports by any real body.

    Background:
      Given clause T12 is read only as "order-of-release", its other readings set aside

    Scenario Outline: A 2023 detainee named on a partial list of 24 November, and one detained in 2015 reported released on <witness day>: <status>
      Given Monitor A named some of the prisoners released on 24 November 2023, not all of them:
        | prisoner |
        | P-0002   |
      And Monitor B named some of the prisoners released on <witness day>, not all of them:
        | prisoner |
        | P-0001   |
      When the agreement is checked
      Then the release order term is <status> on 24 November 2023

      Examples:
        | witness day      | status       |
        | 25 November 2023 | VIOLATED     |
        | 24 November 2023 | UNDETERMINED |

    Example: A prisoner released on the same day is no witness, and the partial list decides nothing
      Given Monitor A named some of the prisoners released on 24 November 2023, not all of them:
        | prisoner |
        | P-0002   |
      And Monitor A named some of the prisoners released on 24 November 2023, not all of them:
        | prisoner |
        | P-0001   |
      When the agreement is checked
      Then the release order term is UNDETERMINED on 24 November 2023
      And under the reading "order-of-release", the report of Monitor A decides nothing about the release order term on 24 November 2023, because "a partial list (2 named released, the latest detained on 2023-06-01; no eligible prisoner is reported released later) cannot show that nobody longer-serving was still held"

    Example: A partial list that releases the longest-serving first still cannot show the order kept
      Given Monitor A named some of the prisoners released on 24 November 2023, not all of them:
        | prisoner |
        | P-0001   |
      And Monitor A named the prisoners released on 25 November 2023:
        | prisoner |
        | P-0002   |
      When the agreement is checked
      Then the release order term is UNDETERMINED on 24 November 2023
      And under the reading "order-of-release", the report of Monitor A decides nothing about the release order term on 24 November 2023, because "a partial list (1 named released, the latest detained on 2015-10-12; the longest-serving eligible prisoner reported released later, P-0002 (detained 2023-06-01, released on 2023-11-25), served no longer) cannot show that nobody longer-serving was still held"

    Example: After a partial list, the same source's full list of a later day cannot show the order kept either
      Given Monitor A named some of the prisoners released on 24 November 2023, not all of them:
        | prisoner |
        | P-0003   |
      And Monitor A named the prisoners released on 25 November 2023:
        | prisoner |
        | P-0001   |
      When the agreement is checked
      Then the release order term is VIOLATED on 24 November 2023
      And the release order term is UNDETERMINED on 25 November 2023

  Rule: Read as a selection by seniority, no list of the day's releases decides the term
    The clause index gives as the holders of this reading Hamas's "all according to seniority", read
    as a rule of selection, with its objection of 25 November as Le Monde reported it, and the head
    of the PA Prisoners Affairs Authority, who said Israel "manipulated the seniority criterion" and
    that the first list was let through, the issue "to be rectified later". Whether those selected
    were the longest-serving of the eligible needs the detention date of every eligible prisoner,
    released or not; a fact set cannot say that the prisoners it lists are all of them, so under this
    reading a list of the day's releases, complete or not, decides nothing, and the term is never met
    nor breached. Missing facts never make a term met.

    Illustration: invented prisoners, dates and lists from placeholder monitors (Monitor A,
    Monitor B), not reports by any real body.

    Background:
      Given clause T12 has the reading "selection-by-seniority", which reads:
        """
        Those selected for release over the pause are the longest-serving of the eligible prisoners, whatever the day each is released: seniority as a rule of selection.
        """
      And the reading "selection-by-seniority" of clause T12 is held by:
        | Hamas: "all according to seniority" (22 November), read as a rule of selection, and its objection of 25 November, as Le Monde reported it, that Israel planned to release people held for only a few months rather than long-serving prisoners |
        | the head of the PA Prisoners Affairs Authority: seniority was a condition of the truce, Israel "manipulated the seniority criterion", and the first list was let through, the issue "to be rectified later" |

    Example: Read as a selection, a full list of the day's releases that releases the longest-serving first decides nothing
      Given clause T12 is read only as "selection-by-seniority", its other readings set aside
      And Monitor A named the prisoners released on 24 November 2023:
        | prisoner |
        | P-0001   |
      When the agreement is checked
      Then the release order term is UNDETERMINED on 24 November 2023
      And the finding requires "only the longest-serving of the eligible selected for release over the pause, whatever the day"
      And under the reading "selection-by-seniority", the report of Monitor A decides nothing about the release order term on 24 November 2023, because "a list of those released names who was selected, not the eligible prisoners left held: read as a selection by seniority, it needs the detention dates of every eligible prisoner, released or not"

    Example: Read as a selection, a partial list of the day's releases decides nothing either
      Given clause T12 is read only as "selection-by-seniority", its other readings set aside
      And Monitor A named some of the prisoners released on 24 November 2023, not all of them:
        | prisoner |
        | P-0002   |
      And Monitor B named some of the prisoners released on 25 November 2023, not all of them:
        | prisoner |
        | P-0001   |
      When the agreement is checked
      Then the release order term is UNDETERMINED on 24 November 2023
      And under the reading "selection-by-seniority", the report of Monitor A decides nothing about the release order term on 24 November 2023, because "a list of those released names who was selected, not the eligible prisoners left held: read as a selection by seniority, it needs the detention dates of every eligible prisoner, released or not"

    Example: Read as a selection, releases reported only as a count leave the term undetermined, and say what it needs
      Given clause T12 is read only as "selection-by-seniority", its other readings set aside
      And 39 prisoners were released on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the release order term is UNDETERMINED on 24 November 2023
      And the finding says it lacks "the detention dates of every eligible prisoner, released or not"

    Example: Read both ways, a prisoner detained in 2023 released while one detained in 2015 is held is a breach of the order only: the finding is contested by its readings
      Given Monitor A named the prisoners released on 24 November 2023:
        | prisoner |
        | P-0002   |
      When the agreement is checked
      Then the release order term is CONTESTED on 24 November 2023, because its readings disagree
      And under each reading, the release order term on 24 November 2023 is:
        | reading                | status       | held by                                                                        |
        | order-of-release       | VIOLATED     | Hamas: "all according to seniority" (22 November), read as an order of release                                        |
        | selection-by-seniority | UNDETERMINED | Hamas: "all according to seniority" (22 November), read as a rule of selection; the head of the PA Prisoners Affairs Authority |

    Example: Read both ways, releasing the longest-serving first meets the order but still decides nothing about the selection: the finding is contested, never compliant
      Given Monitor A named the prisoners released on 24 November 2023:
        | prisoner |
        | P-0001   |
      When the agreement is checked
      Then the release order term is CONTESTED on 24 November 2023, because its readings disagree
      And under the reading "order-of-release" the release order term is COMPLIANT on 24 November 2023
      And under the reading "selection-by-seniority" the release order term is UNDETERMINED on 24 November 2023

    Example: Read both ways, a day reported only as a count is undetermined under each reading
      Given 39 prisoners were released on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the release order term is UNDETERMINED on 24 November 2023
      And the finding says it lacks "a list by id of those released"
      And the finding says it lacks "read as selection-by-seniority, the detention dates of every eligible prisoner, released or not"
