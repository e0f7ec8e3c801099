@gaza-2023-11 @term @daily-fuel
Feature: T07 Daily fuel
  As reported, 130,000 litres of fuel were to enter Gaza on every day of the pause: Egypt's State
  Information Service, a mediator, spoke of 130,000 litres of diesel daily (paraphrase), and AP reported that
  "Israel has agreed to allow the delivery of 130,000 liters ... a day". No statement of the
  clause by either party was found. The party bound, as reported, is Israel.

  Each source's figure for the litres of fuel that entered Gaza on a day is one account, and the
  reports of one source on one day add up. A day with no figure is undetermined, as for the daily
  aid trucks: never compliant. A figure for part of a day is a lower bound of the day's litres,
  and decides only where it can.

  The first rule illustrates the term with invented sources, "Monitor A" and "Monitor B"; the
  second is on the reports bundled with the checker.

  Background:
    Given clause T07, "Fuel", reads, in the words of Egypt SIS and AP:
      """
      130,000 litres of diesel daily (Egypt SIS, paraphrase); "Israel has agreed to allow the delivery of 130,000 liters ... a day" (AP)
      """
    And clause T07 was also reported, not necessarily in these words, by "Media-J and Kenyan Post"
    And clause T07 was reported by the mediators only

  Rule: On each pause day at least 130,000 litres of fuel enter Gaza, and Israel is the party bound

    Example: Exactly 130,000 litres meet the term
      Given 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel term is COMPLIANT on 24 November 2023
      And the finding requires "at least 130,000 litres of fuel entering Gaza"
      And the daily fuel term binds Israel

    Example: 129,999 litres breach the term
      Given 129,999 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel term is VIOLATED on 24 November 2023

    Example: A pause day with no figure for fuel is undetermined, never compliant
      Given 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor A
      And no figure for the fuel that entered Gaza on 25 November 2023 was reported
      When the agreement is checked
      Then the daily fuel term is UNDETERMINED on 25 November 2023
      And the finding says it lacks "a report of the litres of fuel that entered Gaza that day"

    Example: Two figures either side of the minimum leave the term contested
      Given 129,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor A
      And 150,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the daily fuel term is CONTESTED on 24 November 2023

  Rule: A figure for part of a day can show the daily fuel met but never missed, and an upper bound can show it missed but never met
    A figure of the litres that had entered by some hour of a day says only that at least that much
    entered that day. At or above 130,000 litres it shows the term met; below, it forms no account and
    the finding lists it among the reports that decide nothing, with why. An upper bound below
    130,000 litres shows the term missed; at or above, it decides nothing.

    Example: 130,000 litres that had entered by evening show the daily fuel met
      Given 130,000 litres of fuel had entered Gaza by 19:00 on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel term is COMPLIANT on 24 November 2023
      And the accounts of the daily fuel term on 24 November 2023 are:
        | reported                | status    |
        | at least 130,000 litres | COMPLIANT |

    Example: 129,999 litres that had entered by evening cannot show the day fell short
      Given 129,999 litres of fuel had entered Gaza by 19:00 on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel term is UNDETERMINED on 24 November 2023
      And the report of Monitor A decides nothing about the daily fuel term on 24 November 2023, because "at least 129,999 litres: a figure for part of the day cannot show that less than 130,000 litres entered in all"
      And the finding says no report decides it, not that a report is lacking

    Example: At most 129,999 litres show the daily fuel missed
      Given at most 129,999 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel term is VIOLATED on 24 November 2023
      And the accounts of the daily fuel term on 24 November 2023 are:
        | reported               | status   |
        | at most 129,999 litres | VIOLATED |

    Example: At most 130,000 litres cannot show the daily fuel met
      Given at most 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel term is UNDETERMINED on 24 November 2023
      And the report of Monitor A decides nothing about the daily fuel term on 24 November 2023, because "at most 130,000 litres: an upper bound cannot show that 130,000 litres entered"

  Rule: A total of fuel over several days can show that one of them fell short of the daily minimum, never that every one of them met it
    Some sources gave only a total over several days. The clause sets a minimum for each day, so a
    total below the days times 130,000 litres shows that at least one of those days fell short, though
    not which; a total at or above it cannot show that every day met the minimum, since one day may
    have had more and another less: it forms no account, and the finding lists it among the reports
    that decide nothing, with why. Such a total gives a finding of its own, over the days it covers;
    the findings of each day are left as they were. A source that reported each day of the period
    gives that finding its own days' outcome: short if any day fell short.

    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Example: 259,999 litres over two days show that one of them fell short of 130,000, and the findings of each day stay undetermined
      Given 259,999 litres of fuel entered Gaza from 24 November 2023 to 25 November 2023 in all, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel term is VIOLATED over 24 November 2023 to 25 November 2023
      And the report of Monitor A over 24 November 2023 to 25 November 2023 shows the daily fuel term VIOLATED: "259,999 litres over 2 days: fewer than 2 × 130,000, so at least one day fell short"
      And the daily fuel term is UNDETERMINED on 24 November 2023
      And the daily fuel term is UNDETERMINED on 25 November 2023

    Example: 260,000 litres over two days cannot show that each of them had 130,000
      Given 260,000 litres of fuel entered Gaza from 24 November 2023 to 25 November 2023 in all, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel term is UNDETERMINED over 24 November 2023 to 25 November 2023
      And the report of Monitor A over 24 November 2023 to 25 November 2023 decides nothing about the daily fuel term, because "260,000 litres over 2 days: a total of 2 × 130,000 litres or more cannot show that every day had 130,000"

    Example: A running total of fuel given before the period ended is a lower bound, and cannot show that a day fell short
      Given 200,000 litres of fuel had entered Gaza from 24 November 2023 to the time of the report on 25 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel term is UNDETERMINED over 24 November 2023 to 25 November 2023
      And the report of Monitor A over 24 November 2023 to 25 November 2023 decides nothing about the daily fuel term, because "at least 200,000 litres over 2 days: a lower bound cannot show that fewer than 2 × 130,000 litres entered"

    Example: A monitor's own figures of 130,000 on each day meet the minimum over the period, beside another's total that falls short, so the period is contested
      Given 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor B
      And 130,000 litres of fuel entered Gaza on 25 November 2023, as reported by Monitor B
      And 250,000 litres of fuel entered Gaza from 24 November 2023 to 25 November 2023 in all, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel term is CONTESTED over 24 November 2023 to 25 November 2023
      And the report of Monitor B over 24 November 2023 to 25 November 2023 shows the daily fuel term COMPLIANT: "its own figure for each of the 2 days: no day short"

    Example: A monitor whose own figure of one day of the period falls short shows the period short, whatever another's total
      Given 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor B
      And 129,999 litres of fuel entered Gaza on 25 November 2023, as reported by Monitor B
      And 300,000 litres of fuel entered Gaza from 24 November 2023 to 25 November 2023 in all, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel term is VIOLATED over 24 November 2023 to 25 November 2023
      And the report of Monitor B over 24 November 2023 to 25 November 2023 shows the daily fuel term VIOLATED: "its own figure for each of the 2 days: at least one day short"

  Rule: On the bundled reports, the two days with a figure are contested and the other days undetermined
    The figures of litres at or above the minimum on 24 and 25 November were given for part of the
    day; as lower bounds at or above the minimum, they show the term met.

    Example: 24 and 25 November 2023 each have a figure below the minimum and one at or above it
      Given the bundled reports of the November 2023 pause
      When the agreement is checked
      Then the daily fuel term is CONTESTED on 24 November 2023
      And the accounts of the daily fuel term on 24 November 2023 are:
        | reported                | status    | rests on a report by  |
        | 129,000 litres          | VIOLATED  | UN OCHA               |
        | at least 150,000 litres | COMPLIANT | Rafah crossing        |
      And the daily fuel term is CONTESTED on 25 November 2023
      And the accounts of the daily fuel term on 25 November 2023 are:
        | reported                | status    | rests on a report by  |
        | 129,000 litres          | VIOLATED  | UN OCHA               |
        | at least 130,000 litres | COMPLIANT | Egyptian Red Crescent |

    Example: No figure for fuel was reported for 26 to 30 November 2023
      Given the bundled reports of the November 2023 pause
      When the agreement is checked
      Then the daily fuel term is UNDETERMINED on 26 November 2023
      And the daily fuel term is UNDETERMINED on 27 November 2023
      And the daily fuel term is UNDETERMINED on 28 November 2023
      And the daily fuel term is UNDETERMINED on 29 November 2023
      And the daily fuel term is UNDETERMINED on 30 November 2023
