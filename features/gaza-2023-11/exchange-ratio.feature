@term @exchange-ratio
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
