@gaza-2023-11 @term @initial-hostages
Feature: T03 Hostages in the first phase
  As reported, Hamas was to release at least 50 hostages, women and children, over the first four
  days of the pause. The Israeli Prime Minister's Office spoke of "at least 50 abductees – women and
  children", Qatar's Ministry of Foreign Affairs of "civilian women and children" in "the first
  phase", and Hamas of "women and children under 19 years old". The BBC reported that the 50 would
  be Israeli or dual nationals, and an AFP source that the Thai and Filipino releases were in
  addition to the 50.

  The term is judged once, on the fourth pause day (27 November 2023), over the first four days. An
  account adds one source's count for each of the four days, so where sources differ on a day the
  term has one account for each way of adding them up. Hostages released outside the deal do not
  count.

  Background:
    Given clause T03, "Hostages in the first phase", reads, in the words of Qatar MFA, the Israeli PMO and Hamas:
      """
      "50 civilian women and children hostages" (Qatar MFA); "at least 50 abductees – women and children" (Israeli PMO); "50 ... women and children under 19 years old" (Hamas)
      """
    And clause T03 was also reported, not necessarily in these words, by "Israeli officials, BBC and AFP"
    And clause T03 was reported by both parties

  Rule: Over the first four pause days Hamas releases at least 50 hostages in the deal
    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Example: 50 hostages over the four days meet the term
      Given hostages were released in the deal, as reported by Monitor A:
        | date             | hostages |
        | 24 November 2023 | 13       |
        | 25 November 2023 | 13       |
        | 26 November 2023 | 13       |
        | 27 November 2023 | 11       |
      When the agreement is checked
      Then the first-phase hostage term is COMPLIANT on 27 November 2023
      And the finding requires "at least 50 hostages released in the deal over pause days 1 to 4"
      And the first-phase hostage term binds Hamas
      And the first-phase hostage term has no finding on 26 November 2023

    Example: 49 hostages over the four days breach the term
      Given hostages were released in the deal, as reported by Monitor A:
        | date             | hostages |
        | 24 November 2023 | 13       |
        | 25 November 2023 | 13       |
        | 26 November 2023 | 13       |
        | 27 November 2023 | 10       |
      When the agreement is checked
      Then the first-phase hostage term is VIOLATED on 27 November 2023

    Example: Foreign nationals released outside the deal do not make up the number
      Given hostages were released in the deal, as reported by Monitor A:
        | date             | hostages |
        | 24 November 2023 | 13       |
        | 25 November 2023 | 13       |
        | 26 November 2023 | 13       |
        | 27 November 2023 | 10       |
      And 11 hostages were released outside the deal on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the first-phase hostage term is VIOLATED on 27 November 2023

    Example: Two counts of one day that fall either side of 50 leave the term contested
      Given hostages were released in the deal, as reported by Monitor A:
        | date             | hostages |
        | 24 November 2023 | 13       |
        | 25 November 2023 | 13       |
        | 26 November 2023 | 13       |
        | 27 November 2023 | 10       |
      And 14 hostages were released in the deal on 26 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the first-phase hostage term is CONTESTED on 27 November 2023
      And the accounts of the first-phase hostage term on 27 November 2023 are:
        | reported                        | status    |
        | 49 hostages (13 + 13 + 13 + 10) | VIOLATED  |
        | 50 hostages (13 + 13 + 14 + 10) | COMPLIANT |

    Example: A first-phase day without any count of the hostages leaves the term undetermined
      Given hostages were released in the deal, as reported by Monitor A:
        | date             | hostages |
        | 24 November 2023 | 13       |
        | 25 November 2023 | 13       |
        | 26 November 2023 | 30       |
      When the agreement is checked
      Then the first-phase hostage term is UNDETERMINED on 27 November 2023
      And the finding says it lacks "a report of the hostages released in the deal on each of pause days 1 to 4"

  Rule: A figure for part of a day, or an upper bound of a day, never adds up into the first phase's total
    A figure of the hostages released by some hour of a day ("at least 14 by 16:00") says only that at
    least that many were released that day; an upper bound says at most. Neither is added to other
    days' counts into the total over the four days, so neither decides the term: the finding lists it
    among the reports that decide nothing, with why, and judges the total from the counts of whole days.
    Illustration: invented figures from placeholder monitors, not reports by any real body.

    Example: A partial figure beside counts of every day leaves the total to the counts
      Given hostages were released in the deal, as reported by Monitor A:
        | date             | hostages |
        | 24 November 2023 | 13       |
        | 25 November 2023 | 13       |
        | 26 November 2023 | 13       |
        | 27 November 2023 | 11       |
      And 14 hostages had been released in the deal by 16:00 on 26 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the first-phase hostage term is COMPLIANT on 27 November 2023
      And the report of Monitor B decides nothing about the first-phase hostage term on 27 November 2023, because "at least 14 hostages released in the deal on 2023-11-26: a bound never adds up with other reports into a total over several days"

    Example: A partial figure in place of a day's count leaves the term undetermined, even where it would make 50
      Given hostages were released in the deal, as reported by Monitor A:
        | date             | hostages |
        | 24 November 2023 | 13       |
        | 25 November 2023 | 13       |
        | 27 November 2023 | 11       |
      And 14 hostages had been released in the deal by 16:00 on 26 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the first-phase hostage term is UNDETERMINED on 27 November 2023
      And the report of Monitor B decides nothing about the first-phase hostage term on 27 November 2023, because "at least 14 hostages released in the deal on 2023-11-26: a bound never adds up with other reports into a total over several days"
      And the finding says no report decides it, not that a report is lacking
