@gaza-2023-11 @term @exchange-ratio
Feature: T04 Prisoners and the exchange ratio
  As reported, Israel was to release three Palestinian prisoners for each hostage released in the
  deal. Hamas spoke of "150 women and children under 19" for the first 50 hostages, an Israeli
  government document (via AFP) of "at least 150", and Israeli officials (via Reuters) of a ratio
  of three to one; Egypt's State Information Service gave 60 prisoners for 20 hostages in the
  first extension. The Israeli Prime Minister's Office statement did not mention prisoners.

  The ratio is judged day by day. An account pairs one source's count of the hostages released in
  the deal with one source's count of the prisoners released, so two hostage counts and one
  prisoner count make two accounts. Hostages released outside the deal (such as the Thai and
  Filipino nationals) count toward no term.

  Background:
    Given clause T04, "Prisoners and the exchange ratio", reads, in the words of Hamas, the Israeli government and Israeli officials:
      """
      "150 women and children under 19" (Hamas); "at least 150 Palestinian women and children" (Israeli government document, via AFP); three prisoners for each hostage released (Israeli officials, via Reuters)
      """
    And clause T04 was also reported, not necessarily in these words, by "Qatar MFA and Egypt SIS"
    And clause T04 was reported by both parties

  Rule: On each pause day Israel releases at least three prisoners for each hostage released in the deal
    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Example: 39 prisoners for 13 hostages meet the ratio exactly
      Given 13 hostages were released in the deal on 24 November 2023, as reported by Monitor A
      And 39 prisoners were released on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 24 November 2023
      And the finding requires "at least 3 prisoners released per hostage released in the deal"
      And the exchange ratio term binds Israel

    Example: 38 prisoners for 13 hostages fall one short of the ratio
      Given 13 hostages were released in the deal on 24 November 2023, as reported by Monitor A
      And 38 prisoners were released on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is VIOLATED on 24 November 2023

    Example: Hostages released outside the deal do not raise the number of prisoners owed
      Given 13 hostages were released in the deal on 24 November 2023, as reported by Monitor A
      And 11 hostages were released outside the deal on 24 November 2023, as reported by Monitor A
      And 39 prisoners were released on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 24 November 2023

    Example: Two counts of the hostages against one count of the prisoners leave the ratio contested
      Given 13 hostages were released in the deal on 26 November 2023, as reported by Monitor A
      And 14 hostages were released in the deal on 26 November 2023, as reported by Monitor B
      And 39 prisoners were released on 26 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is CONTESTED on 26 November 2023
      And the accounts of the exchange ratio term on 26 November 2023 are:
        | reported                  | status    | rests on a report by |
        | 13 hostages, 39 prisoners | COMPLIANT | Monitor A            |
        | 14 hostages, 39 prisoners | VIOLATED  | Monitor B            |

    Example: Hostages reported without any count of the prisoners leave the ratio undetermined
      Given 13 hostages were released in the deal on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is UNDETERMINED on 24 November 2023
      And the finding says no report decides it, not that a report is lacking
      And the report of Monitor A is listed as one that no rule of the exchange ratio term decided

  Rule: A figure for part of a day or an upper bound decides the ratio only where every number it allows falls on one side
    A figure of the releases by some hour of a day says only that at least that many were released;
    an upper bound says at most. The ratio is shown met only where the fewest prisoners the figures
    allow are at least three times the most hostages they allow, and shown missed only where the most
    prisoners are fewer than three times the fewest hostages. Otherwise the pair forms no account, and
    the finding lists it among the reports that decide nothing, with why.
    Illustration: invented figures from placeholder monitors, not reports by any real body.

    Example: At least 39 prisoners for 13 hostages meet the ratio
      Given 13 hostages were released in the deal on 24 November 2023, as reported by Monitor A
      And 39 prisoners had been released by 18:00 on 24 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 24 November 2023
      And the accounts of the exchange ratio term on 24 November 2023 are:
        | reported                           | status    |
        | 13 hostages, at least 39 prisoners | COMPLIANT |

    Example: At least 38 prisoners for 13 hostages cannot show the ratio missed
      Given 13 hostages were released in the deal on 24 November 2023, as reported by Monitor A
      And 38 prisoners had been released by 18:00 on 24 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the exchange ratio term is UNDETERMINED on 24 November 2023
      And the report of Monitor B decides nothing about the exchange ratio term on 24 November 2023, because "13 hostages, at least 38 prisoners: the bounds allow both at least and fewer than 3 prisoners per hostage"
      And the finding says no report decides it, not that a report is lacking

    Example: At most 38 prisoners for at least 13 hostages miss the ratio
      Given 13 hostages had been released in the deal by 18:00 on 24 November 2023, as reported by Monitor A
      And at most 38 prisoners were released on 24 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the exchange ratio term is VIOLATED on 24 November 2023
      And the accounts of the exchange ratio term on 24 November 2023 are:
        | reported                                    | status   |
        | at least 13 hostages, at most 38 prisoners | VIOLATED |

    Example: At most 39 prisoners for at least 13 hostages cannot show the ratio met
      Given 13 hostages had been released in the deal by 18:00 on 24 November 2023, as reported by Monitor A
      And at most 39 prisoners were released on 24 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the exchange ratio term is UNDETERMINED on 24 November 2023
      And the report of Monitor B decides nothing about the exchange ratio term on 24 November 2023, because "at least 13 hostages, at most 39 prisoners: the bounds allow both at least and fewer than 3 prisoners per hostage"
