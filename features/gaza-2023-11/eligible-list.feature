@gaza-2023-11 @term @eligible-list
Feature: T13 Eligible list
  Israel's Justice Ministry published a list of 300 names on 22 November 2023, with 24 hours for
  court appeals (a procedure of Israeli law, not reported as an undertaking to Hamas), and 50
  names were added on 28 November, making 350 (Israeli Prime Minister's
  Office and Justice Ministry, via the Times of Israel and The Guardian). Al Jazeera's summary
  described the added names as "50 additional Palestinian women", The Guardian as "another 50
  Palestinian prisoners and detainees".

  The term binds Israel: everyone released on a pause day was listed as eligible before that day.
  Only a list of who was released can show it, so the term applies on a day for which a source
  names the prisoners released, one account per such source. It is never UNDETERMINED: a day
  reported only as a count has no finding of this term.

  Background:
    Given clause T13, "Eligible list", reads, in the words of the Israel Justice Ministry and the Israeli PMO:
      """
      a list of 300 names (Israel Justice Ministry, 22 November, paraphrase), with 24 hours for court appeals, an Israeli legal procedure; 50 further names added, bringing the total to 350 (Israeli PMO, 28 November, paraphrase)
      """
    And clause T13 was also reported, not necessarily in these words, by "Times of Israel, The Guardian and Al Jazeera"
    And clause T13 was reported by one party only, Israel
    And these prisoners, as listed by Monitor A:
      | prisoner | detained on     | listed as eligible on |
      | P-0001   | 12 October 2015 | 22 November 2023      |
      | P-0002   | 1 June 2023     | 23 November 2023      |
      | P-0003   | 1 June 2023     | 24 November 2023      |
      | P-0004   | 2 June 2023     | never                 |

  Rule: Everyone released on a pause day was listed as eligible before that day
    Illustration: invented prisoners, dates and lists from placeholder monitors (Monitor A,
    Monitor B), not reports by any real body; the prisoners in the background are theirs too.

    Example: A prisoner listed the day before the release meets the term
      Given Monitor A named the prisoners released on 24 November 2023:
        | prisoner |
        | P-0001   |
        | P-0002   |
      When the agreement is checked
      Then the eligible list term is COMPLIANT on 24 November 2023
      And the eligible list term binds Israel

    Example: A prisoner listed on the day of the release breaches the term
      Given Monitor A named the prisoners released on 24 November 2023:
        | prisoner |
        | P-0003   |
      When the agreement is checked
      Then the eligible list term is VIOLATED on 24 November 2023

    Example: A prisoner never listed breaches the term
      Given Monitor A named the prisoners released on 24 November 2023:
        | prisoner |
        | P-0004   |
      When the agreement is checked
      Then the eligible list term is VIOLATED on 24 November 2023

    Example: Two lists of the same day that differ leave the eligible list term contested
      Given Monitor A named the prisoners released on 24 November 2023:
        | prisoner |
        | P-0001   |
      And Monitor B named the prisoners released on 24 November 2023:
        | prisoner |
        | P-0003   |
      When the agreement is checked
      Then the eligible list term is CONTESTED on 24 November 2023

    Example: Releases reported only as a count give no finding on the list
      Given 39 prisoners were released on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the eligible list term has no finding on 24 November 2023

  Rule: A partial list can show a prisoner released who was not listed, never that everyone was
    A source that names only some of the prisoners released on a day shows a breach if one of them
    was not listed before the day; if all of them were, those it leaves out may not have been.
    Illustration: invented prisoners, dates and lists from placeholder monitors (Monitor A,
    Monitor B), not reports by any real body.

    Scenario Outline: A partial list naming a prisoner listed on <listed>: <status>
      Given Monitor A named some of the prisoners released on 24 November 2023, not all of them:
        | prisoner   |
        | <prisoner> |
      When the agreement is checked
      Then the eligible list term is <status> on 24 November 2023

      Examples:
        | prisoner | listed           | status       |
        | P-0002   | 23 November 2023 | UNDETERMINED |
        | P-0003   | 24 November 2023 | VIOLATED     |

    Example: A partial list of prisoners all listed before the day decides nothing
      Given Monitor A named some of the prisoners released on 24 November 2023, not all of them:
        | prisoner |
        | P-0001   |
        | P-0002   |
      When the agreement is checked
      Then the report of Monitor A decides nothing about the eligible list term on 24 November 2023, because "a partial list (2 named released, all listed before the day) cannot show that everyone released was"
