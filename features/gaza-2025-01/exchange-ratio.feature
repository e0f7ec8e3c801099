@gaza-2025-01 @term @exchange-ratio
Feature: P1-10 Prisoners for each hostage
  As reported, Israel was to release 30 Palestinian prisoners for each civilian hostage released in
  the deal and 50 for each female soldier: AP's final draft of the agreement, Reuters and ynet gave
  the ratio, and a Hamas official told Anadolu that Israel would release 200 prisoners for four
  female soldiers. Of the parties only Hamas stated the ratio; Israel published the list of
  prisoners, but its wording of the ratio was not found. No ratio was reported for the bodies of
  hostages returned, nor for male soldiers, who are not among the hostages of phase one.

  The ratio is judged on each pause day on which living hostages were released in the deal, against
  the prisoners released that same pause day: prisoners freed after midnight belong to the pause day
  of their exchange. The prisoners owed are 30 for each living civilian (woman, child or man) and 50
  for each living female soldier; the term requires at least that many. An account pairs one
  source's count of the day's hostages, by category, with one source's count of the prisoners.

  Background:
    Given clause P1-10, "Prisoners for each hostage", reads, in the words of a Hamas official, AP, Reuters and ynet:
      """
      30 prisoners for each civilian hostage, 30 women and children for each woman or child, and 50 for each female soldier, 30 of them serving life sentences and 20 long sentences (AP's final draft; Reuters; ynet; a Hamas official, via Anadolu, paraphrase)
      """
    And clause P1-10 was reported by one party only, Hamas

  Rule: On each pause day with living hostages released in the deal, Israel releases at least 30 prisoners for each civilian and 50 for each female soldier
    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Example: 90 prisoners for three civilian women meet the ratio exactly
      Given 3 civilian women were released alive in the deal on 19 January 2025, as reported by Monitor A
      And 90 prisoners were released on 19 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 19 January 2025
      And the finding requires "at least 30 prisoners released that pause day for each living civilian hostage (woman, child or man) and 50 for each living female soldier released in the deal"
      And the exchange ratio term binds Israel

    Example: 89 prisoners for three civilian women fall one short of the ratio
      Given 3 civilian women were released alive in the deal on 19 January 2025, as reported by Monitor A
      And 89 prisoners were released on 19 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is VIOLATED on 19 January 2025
      And the accounts of the exchange ratio term on 19 January 2025 are:
        | reported                                                           | status   |
        | 3 civilian women released alive in the deal, 89 prisoners: 90 owed | VIOLATED |

    Example: 200 prisoners for four female soldiers meet the ratio exactly
      Given 4 female soldiers were released alive in the deal on 25 January 2025, as reported by Monitor A
      And 200 prisoners were released on 25 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 25 January 2025

    Example: 199 prisoners for four female soldiers fall one short of the ratio
      Given 4 female soldiers were released alive in the deal on 25 January 2025, as reported by Monitor A
      And 199 prisoners were released on 25 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is VIOLATED on 25 January 2025

    Example: A female soldier, a civilian woman and a civilian man are owed 110 prisoners together
      Given 1 female soldier was released alive in the deal on 30 January 2025, as reported by Monitor A
      And 1 civilian woman was released alive in the deal on 30 January 2025, as reported by Monitor A
      And 1 civilian man was released alive in the deal on 30 January 2025, as reported by Monitor A
      And 110 prisoners were released on 30 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 30 January 2025
      And the accounts of the exchange ratio term on 30 January 2025 are:
        | reported                                                                                                  | status    |
        | 1 civilian woman, 1 civilian man and 1 female soldier released alive in the deal, 110 prisoners: 110 owed | COMPLIANT |

    Example: 109 prisoners for a female soldier, a civilian woman and a civilian man fall one short
      Given 1 female soldier was released alive in the deal on 30 January 2025, as reported by Monitor A
      And 1 civilian woman was released alive in the deal on 30 January 2025, as reported by Monitor A
      And 1 civilian man was released alive in the deal on 30 January 2025, as reported by Monitor A
      And 109 prisoners were released on 30 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is VIOLATED on 30 January 2025

    Example: Children count as civilians, 30 prisoners each
      Given 2 children were released alive in the deal on 30 January 2025, as reported by Monitor A
      And 60 prisoners were released on 30 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 30 January 2025

    Example: Hostages released outside the deal do not raise the prisoners owed in 2025
      Given 3 civilian men were released alive in the deal on 30 January 2025, as reported by Monitor A
      And 5 hostages were released outside the deal on 30 January 2025, as reported by Monitor A
      And 90 prisoners were released on 30 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 30 January 2025

    Example: Two counts of the prisoners either side of what is owed leave the ratio contested
      Given 6 civilian men were released alive in the deal on 22 February 2025, as reported by Monitor A
      And 180 prisoners were released on 22 February 2025, as reported by Monitor A
      And 179 prisoners were released on 22 February 2025, as reported by Monitor B
      When the agreement is checked
      Then the exchange ratio term is CONTESTED on 22 February 2025, because its sources disagree
      And the accounts of the exchange ratio term on 22 February 2025 are:
        | reported                                                           | status    | rests on a report by |
        | 6 civilian men released alive in the deal, 180 prisoners: 180 owed | COMPLIANT | Monitor A            |
        | 6 civilian men released alive in the deal, 179 prisoners: 180 owed | VIOLATED  | Monitor B            |

    Example: A party's reason for withholding the prisoners is listed beside the finding against it, which it does not change
      Given 6 civilian men were released alive in the deal on 22 February 2025, as reported by Monitor A
      And 0 prisoners were released on 22 February 2025, as reported by Monitor A
      And Israel answered the exchange ratio finding against it on 22 February 2025 with a reason no clause of the agreement covers, as reported by Party statement A
      When the agreement is checked
      Then the exchange ratio term is VIOLATED on 22 February 2025
      And the exchange ratio finding for Israel on 22 February 2025 lists Israel's defence, reported by Party statement A, with the verdict UNDETERMINED

    Example: Living hostages without any count of the prisoners leave the ratio undetermined
      Given 3 civilian women were released alive in the deal on 19 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is UNDETERMINED on 19 January 2025
      And the finding says no report decides it, not that a report is lacking
      And the report of Monitor A is listed as one that no rule of the exchange ratio term decided

    Example: A pause day without any hostage released in the deal has no exchange-ratio finding
      Given 90 prisoners were released on 21 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term has no finding on 21 January 2025

  Rule: A release whose category, or whether the hostage was alive, is not reported decides nothing
    The prisoners owed depend on each living hostage's category, and the ratio is owed for living
    hostages only. A source's count of a day that leaves a living hostage without a category, or does
    not say whether the hostages were alive, forms no account: the finding lists it among the reports
    that decide nothing, with why. So does a count of male soldiers, for whom no ratio was reported.
    Illustration: invented figures from placeholder monitors, not reports by any real body.

    Example: Living hostages of no reported category leave the ratio undetermined
      Given 4 hostages were released alive in the deal on 25 January 2025, as reported by Monitor A
      And 200 prisoners were released on 25 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is UNDETERMINED on 25 January 2025
      And the report of Monitor A decides nothing about the exchange ratio term on 25 January 2025, because "4 hostages of no reported category released alive in the deal: the prisoners owed depend on each living hostage's category (civilian or female soldier), which the report does not give"

    Example: Hostages not said to be alive or dead leave the ratio undetermined
      Given 3 civilian women were released in the deal on 19 January 2025, alive or dead not said, as reported by Monitor A
      And 90 prisoners were released on 19 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is UNDETERMINED on 19 January 2025
      And the report of Monitor A decides nothing about the exchange ratio term on 19 January 2025, because "3 hostages released (alive or dead not said) in the deal: the ratio is owed for living hostages, and the report does not say whether these were alive"

    Example: No ratio was reported for male soldiers
      Given 1 male soldier was released alive in the deal on 22 February 2025, as reported by Monitor A
      And 50 prisoners were released on 22 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is UNDETERMINED on 22 February 2025
      And the report of Monitor A decides nothing about the exchange ratio term on 22 February 2025, because "1 male soldier released alive in the deal: no ratio was reported for male soldiers, who are not among the hostages of phase one as reported"

    Example: Another source's count by category still decides the ratio
      Given 4 female soldiers were released alive in the deal on 25 January 2025, as reported by Monitor A
      And 4 hostages were released alive in the deal on 25 January 2025, as reported by Monitor B
      And 200 prisoners were released on 25 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 25 January 2025
      And the report of Monitor B decides nothing about the exchange ratio term on 25 January 2025, because "4 hostages of no reported category released alive in the deal: the prisoners owed depend on each living hostage's category (civilian or female soldier), which the report does not give"

  Rule: The bodies of hostages carry no reported ratio
    No ratio of prisoners was reported for bodies returned. A day on which hostages' bodies alone were
    returned has no finding of the ratio; on a day of both, the ratio is owed for the living, and the
    account says the bodies carry none. A source that reports only bodies on a day when another
    reports living hostages decides nothing, and the finding says why.
    Illustration: invented figures from placeholder monitors, not reports by any real body.

    Example: A day of bodies alone has no exchange-ratio finding
      Given the bodies of 3 hostages were returned in the deal on 20 February 2025, as reported by Monitor A
      And 0 prisoners were released on 20 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term has no finding on 20 February 2025

    Example: Beside bodies, the living are owed their ratio and the bodies none
      Given 3 civilian men were released alive in the deal on 22 February 2025, as reported by Monitor A
      And the bodies of 1 hostage were returned in the deal on 22 February 2025, as reported by Monitor A
      And 90 prisoners were released on 22 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 22 February 2025
      And the accounts of the exchange ratio term on 22 February 2025 are:
        | reported                                                                                                                                 | status    |
        | 3 civilian men released alive and the bodies of 1 hostage returned in the deal, 90 prisoners: 90 owed (no ratio was reported for bodies) | COMPLIANT |

    Example: A source that reports only bodies, where another reports living hostages, decides nothing
      Given 3 civilian men were released alive in the deal on 22 February 2025, as reported by Monitor A
      And the bodies of 3 hostages were returned in the deal on 22 February 2025, as reported by Monitor B
      And 90 prisoners were released on 22 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 22 February 2025
      And the report of Monitor B decides nothing about the exchange ratio term on 22 February 2025, because "the bodies of 3 hostages returned in the deal: no ratio of prisoners was reported for bodies returned"

  Rule: A figure for part of a day or an upper bound decides the ratio only where every number it allows falls on one side
    As for the exchange ratio of November 2023: the ratio is shown met only where the fewest prisoners
    the figures allow are at least those owed for the most hostages they allow, and shown missed only
    where the most prisoners are fewer than those owed for the fewest hostages. Otherwise the pair
    forms no account, and the finding lists it among the reports that decide nothing, with why.
    Illustration: invented figures from placeholder monitors, not reports by any real body.

    Example: At least 90 prisoners for three civilian women meet the ratio
      Given 3 civilian women were released alive in the deal on 19 January 2025, as reported by Monitor A
      And 90 prisoners had been released by 18:00 on 19 January 2025, as reported by Monitor B
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 19 January 2025
      And the accounts of the exchange ratio term on 19 January 2025 are:
        | reported                                                                    | status    |
        | 3 civilian women released alive in the deal, at least 90 prisoners: 90 owed | COMPLIANT |

    Example: At least 89 prisoners for three civilian women cannot show the ratio missed
      Given 3 civilian women were released alive in the deal on 19 January 2025, as reported by Monitor A
      And 89 prisoners had been released by 18:00 on 19 January 2025, as reported by Monitor B
      When the agreement is checked
      Then the exchange ratio term is UNDETERMINED on 19 January 2025
      And the report of Monitor B decides nothing about the exchange ratio term on 19 January 2025, because "3 civilian women released alive in the deal, at least 89 prisoners: the bounds allow both at least and fewer than the prisoners owed (30 for each living civilian, 50 for each living female soldier)"
      And the finding says no report decides it, not that a report is lacking

    Example: At most 89 prisoners for at least three civilian women miss the ratio
      Given 3 civilian women had been released alive in the deal by 18:00 on 19 January 2025, as reported by Monitor A
      And at most 89 prisoners were released on 19 January 2025, as reported by Monitor B
      When the agreement is checked
      Then the exchange ratio term is VIOLATED on 19 January 2025
      And the accounts of the exchange ratio term on 19 January 2025 are:
        | reported                                                                                     | status   |
        | at least 3 civilian women released alive in the deal, at most 89 prisoners: at least 90 owed | VIOLATED |

    Example: At most 90 prisoners for at least three civilian women cannot show the ratio met
      Given 3 civilian women had been released alive in the deal by 18:00 on 19 January 2025, as reported by Monitor A
      And at most 90 prisoners were released on 19 January 2025, as reported by Monitor B
      When the agreement is checked
      Then the exchange ratio term is UNDETERMINED on 19 January 2025
      And the report of Monitor B decides nothing about the exchange ratio term on 19 January 2025, because "at least 3 civilian women released alive in the deal, at most 90 prisoners: the bounds allow both at least and fewer than the prisoners owed (30 for each living civilian, 50 for each living female soldier)"

  Rule: On the bundled reports, the ratio was met on 19 and 25 January and missed on 22 February, when Israel withheld the prisoners
    On 22 February 2025 six civilian men were released alive; Israel's Prime Minister's Office said the
    release of the prisoners due that day (about 620, AP; 602, RFE/RL) would be delayed "until the
    release of the next hostages has been assured, and without the humiliating ceremonies". The
    prisoners were released in the exchange completed early on 27 February, which belongs to 26
    February. No reported clause covers release ceremonies, so Israel's statement, listed beside the
    finding as its defence, is UNDETERMINED: it concerns no clause of the agreement as reported.

    Example: On the bundled reports, the exchange ratio was met on 19 January 2025
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 19 January 2025
      And the accounts of the exchange ratio term on 19 January 2025 are:
        | reported                                                           | status    | rests on a report by |
        | 3 civilian women released alive in the deal, 90 prisoners: 90 owed | COMPLIANT | India TV News        |

    Example: On the bundled reports, the exchange ratio was met on 25 January 2025, one report giving no category
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 25 January 2025
      And the accounts of the exchange ratio term on 25 January 2025 are:
        | reported                                                              | status    |
        | 4 female soldiers released alive in the deal, 200 prisoners: 200 owed | COMPLIANT |
      And the count of the hostages by UN OCHA oPt decides nothing about the exchange ratio term on 25 January 2025, because "4 hostages of no reported category released alive in the deal: the prisoners owed depend on each living hostage's category (civilian or female soldier), which the report does not give"

    Example: On the bundled reports, the exchange ratio was met on 30 January 2025 for three categories of hostage
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 30 January 2025

    Example: On the bundled reports, no prisoners were released for six hostages on 22 February 2025, and Israel's reason is listed beside the finding
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the exchange ratio term is VIOLATED on 22 February 2025
      And the accounts of the exchange ratio term on 22 February 2025 are:
        | reported                                                         | status   | rests on a report by |
        | 6 civilian men released alive in the deal, 0 prisoners: 180 owed | VIOLATED | Israeli PMO          |
      And the exchange ratio finding for Israel on 22 February 2025 lists Israel's defence, reported by Ynetnews, with the verdict UNDETERMINED

    Example: On the bundled reports, Hamas's claim that Israel withheld the prisoners of 22 February 2025 is supported by the exchange ratio
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the claim by Hamas against Israel about the exchange ratio term, reported by Q Radio (radiocms), is SUPPORTED

    Example: On the bundled reports, the days of bodies alone have no exchange-ratio finding
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then the exchange ratio term has no finding on 20 February 2025
      And the exchange ratio term has no finding on 26 February 2025
