@gaza-2025-01 @term @netzarim-withdrawal-day22
Feature: P1-15 Withdrawal from the Netzarim axis by Day 22
  As reported, on Day 22 of the phase (9 February 2025) Israel's forces were to withdraw from the
  centre of the Strip, the Netzarim axis and the Kuwait roundabout, east of Salah al-Din Road to the
  border, and people walking on Salah al-Din Road were not to be searched. AP reported it, and
  Hamas's website described it on 23 January; no Israeli statement of the clause was found, and
  Israel's silence is not agreement.

  The term binds Israel. Its one finding is on the day due, Day 22, a parameter of the clause index
  (netzarim-withdrawal-day22.day). Each source's first report of the withdrawal completed is one
  account: completed on or before the day due meets the term, completed only after it breaches it.
  In this agreement's reports a completed withdrawal is the one from the Netzarim axis: no other
  withdrawal of phase one has a day of its own that a term models. Where no source reported the
  withdrawal completed, the finding is UNDETERMINED.

  Illustration: invented reports from placeholder monitors (Monitor A, Monitor B), not reports by
  any real body.

  Background:
    Given clause P1-15, "Withdrawal from the Netzarim axis by Day 22", reads, in the words of Hamas and AP:
      """
      on Day 22, withdrawal from the centre of the Strip, the Netzarim axis and the Kuwait roundabout, east of Salah al-Din Road to the border; people walking on Salah al-Din Road are not searched (AP, via Arab News; Hamas's website, paraphrase)
      """
    And clause P1-15 was reported by one party only, Hamas

  Rule: The withdrawal completed on Day 22 meets the term, completed on Day 23 does not

    Example: The withdrawal completed on Day 22 meets the term
      Given Monitor A reported that the withdrawal was completed on 9 February 2025, at a time not given
      When the agreement is checked
      Then the Netzarim withdrawal term is COMPLIANT on 9 February 2025
      And the Netzarim withdrawal term binds Israel
      And the finding requires "forces withdrawn from the Netzarim axis, east of Salah al-Din Road, on or before Day 22"

    Example: The withdrawal completed first on Day 23 breaches the term
      Given Monitor A reported that the withdrawal was completed at 06:00 on 10 February 2025
      When the agreement is checked
      Then the Netzarim withdrawal term is VIOLATED on 9 February 2025
      And the accounts of the Netzarim withdrawal term on 9 February 2025 are:
        | reported                                                                                                     | status   |
        | withdrawal from the Netzarim axis completed at 06:00 on 10 February 2025: 1 day after 9 February 2025, the day due | VIOLATED |

  Rule: Sources that differ on the day leave the term contested; with no report, it is undetermined

    Example: One source has the withdrawal completed on Day 22 and another on Day 23
      Given Monitor A reported that the withdrawal was completed on 9 February 2025, at a time not given
      And Monitor B reported that the withdrawal was completed on 10 February 2025, at a time not given
      When the agreement is checked
      Then the Netzarim withdrawal term is CONTESTED on 9 February 2025, because its sources disagree

    Example: No source reported the withdrawal completed
      When the agreement is checked
      Then the Netzarim withdrawal term is UNDETERMINED on 9 February 2025
      And the finding says it lacks "a report of the day the withdrawal from the Netzarim axis was completed"

  Rule: On the bundled reports, the withdrawal from the Netzarim axis was completed on Day 22

    Example: AP's report of the withdrawal completed on 9 February meets the term
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the Netzarim withdrawal term is COMPLIANT on 9 February 2025
      And the accounts of the Netzarim withdrawal term on 9 February 2025 are:
        | reported                                                                                                   | status    |
        | withdrawal from the Netzarim axis completed on 9 February 2025, at a time not given: on 9 February 2025, the day due | COMPLIANT |
