@term @extension-hostages
Feature: T05 Extension: ten hostages per added day
  As reported by the Israeli Prime Minister's Office, "The release of every ten additional
  abductees will result in an additional day of respite". An Israeli official added three
  prisoners per hostage and a limit of five added days. For the first extension (28 and 29
  November 2023) a Hamas official said the conditions were the same as before, Egypt's State
  Information Service gave 20 hostages for 60 prisoners over the two days, and the US National
  Security Council said Hamas had committed to release another 20 women and children.

  The term binds Hamas and applies only on the days that extensions added to the four-day pause.
  Each source's count of the hostages released in the deal that day is one account.

  Background:
    Given clause T05, "Extension: ten hostages per added day", reads, in the words of the Israeli PMO:
      """
      "The release of every ten additional abductees will result in an additional day of respite" (Israeli PMO, 22 November)
      """
    And clause T05 was also reported, not necessarily in these words, by "Israeli government, Israeli officials and Israeli prime minister"
    And clause T05 was reported by one party only, Israel
    And the pause was extended by 2 days, as reported by Monitor A

  Rule: On each extension day Hamas releases at least ten hostages in the deal
    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body; the background's two-day extension is theirs too.

    Example: Ten hostages on an extension day meet the term
      Given 10 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is COMPLIANT on 28 November 2023
      And the finding requires "at least 10 hostages released in the deal on an extension day"
      And the extension day term binds Hamas

    Example: Nine hostages on an extension day breach the term
      Given 9 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is VIOLATED on 28 November 2023

    Example: Releases outside the deal do not count toward the ten
      Given 9 hostages were released in the deal on 29 November 2023, as reported by Monitor A
      And 6 hostages were released outside the deal on 29 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is VIOLATED on 29 November 2023

    Example: Counts either side of ten leave the term contested
      Given 10 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      And 9 hostages were released in the deal on 28 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the extension day term is CONTESTED on 28 November 2023
      And the accounts of the extension day term on 28 November 2023 are:
        | reported    | status    | rests on a report by |
        | 10 hostages | COMPLIANT | Monitor A            |
        | 9 hostages  | VIOLATED  | Monitor B            |

    Example: An extension day without any count of the hostages is undetermined
      Given 10 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is UNDETERMINED on 29 November 2023
      And the finding says it lacks "a report of the hostages released in the deal that day"

    Example: The first four days are not extension days
      Given 10 hostages were released in the deal on 27 November 2023, as reported by Monitor A
      When the agreement is checked
      Then 27 November 2023 is not an extension day
      And 28 November 2023 is an extension day
