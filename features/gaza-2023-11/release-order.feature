@term @release-order
Feature: T12 Prisoners released by seniority
  Hamas said the prisoners would be released "all according to seniority", and the head of the
  Palestinian Authority's Prisoners Affairs Authority said seniority was a condition of the truce
  that Israel "manipulated". Haaretz reported that the names were chosen by Israel's prime
  minister, defence minister and a third war-cabinet member from the published list of 300; no
  Israeli statement on a seniority rule, accepting or rejecting it, was found: only one party,
  Hamas, reported this clause.

  Read here as: nobody released on a day has served less time than any prisoner who was eligible
  that day (listed before it) and was still held at its end. Time served is ordered by the date of
  detention: earlier means longer. The term binds Israel and applies on each pause day with a
  report of prisoners released; only a list of who was released can show the order, so a day
  reported only as a count is undetermined.

  Background:
    Given clause T12, "Prisoners released by seniority", reads, in the words of Hamas:
      """
      "all according to seniority" (Hamas, 22 November)
      """
    And clause T12 was also reported, not necessarily in these words, by "PA Prisoners Affairs Authority"
    And clause T12 was reported by one party only, Hamas
    And these prisoners, as listed by Monitor A:
      | prisoner | detained on     | listed as eligible on |
      | P-0001   | 12 October 2015 | 22 November 2023      |
      | P-0002   | 1 June 2023     | 22 November 2023      |
      | P-0003   | 1 June 2023     | 22 November 2023      |
      | P-0004   | 2 June 2023     | 22 November 2023      |
      | P-0005   | 3 March 2010    | 28 November 2023      |
      | P-0006   | 4 April 2009    | never                 |

  Rule: Nobody is released ahead of a longer-serving eligible prisoner still held
    Illustration: invented prisoners, dates and lists from placeholder monitors (Monitor A,
    Monitor B), not reports by any real body; the prisoners in the background are theirs too.

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

  Rule: A partial list can show a prisoner released out of order, never that the order was kept
    A source that names only some of the prisoners released on a day leaves unknown who else was
    released that day, so it cannot say who was still held at the day's end. It can still show a
    breach: if someone it names served less than a prisoner eligible that day whom any source
    reports released on a later day, that prisoner was still held at the day's end, and the
    shorter-serving one went first. It can never show the order kept: anyone it leaves out may
    have gone ahead of someone longer-serving. The same holds on the source's later days, since
    whom it released on the day of its partial list stays unknown.
    Illustration: invented prisoners, dates and lists from placeholder monitors (Monitor A,
    Monitor B), not reports by any real body.

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
      And the report of Monitor A decides nothing about the release order term on 24 November 2023, because "a partial list (2 named released, the latest detained on 2023-06-01; no eligible prisoner is reported released later) cannot show that nobody longer-serving was still held"

    Example: A partial list that releases the longest-serving first still cannot show the order kept
      Given Monitor A named some of the prisoners released on 24 November 2023, not all of them:
        | prisoner |
        | P-0001   |
      And Monitor A named the prisoners released on 25 November 2023:
        | prisoner |
        | P-0002   |
      When the agreement is checked
      Then the release order term is UNDETERMINED on 24 November 2023
      And the report of Monitor A decides nothing about the release order term on 24 November 2023, because "a partial list (1 named released, the latest detained on 2015-10-12; the longest-serving eligible prisoner reported released later, P-0002 (detained 2023-06-01, released on 2023-11-25), served no longer) cannot show that nobody longer-serving was still held"

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
