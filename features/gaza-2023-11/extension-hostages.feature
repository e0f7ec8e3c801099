@gaza-2023-11 @term @extension-hostages
Feature: T05 Extension: hostages released for added days
  As reported by the Israeli Prime Minister's Office, "The release of every ten additional
  abductees will result in an additional day of respite". An Israeli official added three
  prisoners per hostage and a limit of five added days. For the first extension (28 and 29
  November 2023) a Hamas official said the conditions were the same as before, Egypt's State
  Information Service gave 20 hostages for 60 prisoners over the two days, and the US National
  Security Council said Hamas had committed to release another 20 women and children. For the
  one-day extension of 30 November, the Kenyan Post reported 10 hostages for 30 prisoners with
  Qatar's announcement, and the Times of Israel reported the day's deal as 8 hostages and the
  bodies of 3.

  The term binds Hamas and applies only on the days that extensions added to the four-day pause.
  The clause index records two readings, each with who holds it, and evaluates both; neither is
  the default. Read as ten per added day, the Israeli Prime Minister's Office's formula (a rate: one added day for every ten hostages) is applied to each extension day, which is the compiler's reading of it, and
  each source's count of the hostages released in the deal that day is one account. Read as the
  release agreed for the extension, each extension is judged once, on its last day, against what
  each source reported was agreed for it, summed over its days: that reading requires nothing on
  the other days of a longer extension, so under it nothing was breached on those days, and a
  shortfall there under the first reading is contested by the readings, never a plain breach.
  This fact set has no report of bodies returned: an agreed release that included bodies is never shown
  kept, only broken where the living hostages agreed were not released.

  Background:
    Given clause T05, "Extension: hostages released for added days", reads, in the words of the Israeli PMO:
      """
      "The release of every ten additional abductees will result in an additional day of respite" (Israeli PMO, 22 November)
      """
    And clause T05 was also reported, not necessarily in these words, by "Israeli government, Israeli officials and Israeli prime minister"
    And clause T05 was reported by one party only, Israel
    And clause T05 has the readings "ten-per-added-day" and "as-agreed-for-the-extension", and no other
    And the pause was extended by 2 days, as reported by Monitor A

  Rule: Read as ten per added day, on each extension day Hamas releases at least ten hostages in the deal
    The clause index lists as the holders of this reading the Israeli Prime Minister's Office and
    an Israeli official. Illustration: invented figures from placeholder monitors (Monitor A,
    Monitor B), not reports by any real body; the background's two-day extension is theirs too.
    Each example keeps this reading only, as a what-if run with --reading T05=ten-per-added-day does.

    Background:
      Given clause T05 is read only as "ten-per-added-day", its other readings set aside

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


  Rule: Read as ten per added day, a figure for part of an extension day can show the ten met but never missed, and an upper bound missed but never met
    A figure of the hostages released by some hour of a day says only that at least that many were
    released that day; at ten or more it shows the term met, below ten it forms no account and the
    finding lists it among the reports that decide nothing, with why. An upper bound below ten shows
    the term missed; at ten or more it decides nothing. Illustration: invented figures from placeholder
    monitors, not reports by any real body.

    Background:
      Given clause T05 is read only as "ten-per-added-day", its other readings set aside

    Example: Ten hostages released by evening show an extension day met
      Given 10 hostages had been released in the deal by 19:00 on 28 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is COMPLIANT on 28 November 2023
      And the accounts of the extension day term on 28 November 2023 are:
        | reported             | status    |
        | at least 10 hostages | COMPLIANT |

    Example: Nine hostages released by evening cannot show an extension day fell short
      Given 9 hostages had been released in the deal by 19:00 on 28 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is UNDETERMINED on 28 November 2023
      And under the reading "ten-per-added-day", the report of Monitor A decides nothing about the extension day term on 28 November 2023, because "at least 9 hostages released in the deal: a figure for part of the day cannot show that fewer than 10 were released in all"
      And the finding says no report decides it, not that a report is lacking

    Example: At most nine hostages on an extension day breach the term
      Given at most 9 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is VIOLATED on 28 November 2023
      And the accounts of the extension day term on 28 November 2023 are:
        | reported           | status   |
        | at most 9 hostages | VIOLATED |

    Example: At most ten hostages cannot show an extension day met
      Given at most 10 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is UNDETERMINED on 28 November 2023
      And under the reading "ten-per-added-day", the report of Monitor A decides nothing about the extension day term on 28 November 2023, because "at most 10 hostages released in the deal: an upper bound cannot show that 10 were released"

  Rule: Read as the release agreed for the extension, an extension is judged once, on its last day, against what was reported agreed for it
    The clause index lists as the holders of this reading Egypt's State Information Service and the
    US National Security Council (20 hostages for the first extension), the Kenyan Post (10 for 30
    November) and the Times of Israel (8 hostages and the bodies of 3 for 30 November).
    Illustration: invented figures from placeholder monitors, not reports by any real body. Each
    example keeps this reading only, as a what-if run with --reading T05=as-agreed-for-the-extension
    does.

    Background:
      Given clause T05 is read only as "as-agreed-for-the-extension", its other readings set aside

    Example: Twenty hostages over a two-day extension agreed at twenty meet the term, judged on its last day
      Given Monitor B reported that 20 hostages were agreed for that extension, over all its days
      And 10 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      And 10 hostages were released in the deal on 29 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is COMPLIANT on 29 November 2023
      And the finding requires "the release agreed for the extension, for 28 November to 29 November, as reported, by its last day"
      And the accounts of the extension day term on 29 November 2023 are:
        | reported                                         | status    | rests on a report by |
        | 20 hostages (10 + 10), against 20 agreed       | COMPLIANT | Monitor B            |
      And the extension day term has no finding on 28 November 2023

    Example: Nineteen hostages over a two-day extension agreed at twenty breach the term
      Given Monitor B reported that 20 hostages were agreed for that extension, over all its days
      And 12 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      And 7 hostages were released in the deal on 29 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is VIOLATED on 29 November 2023

    Example: Where the agreed release included bodies, the living hostages agreed decide nothing, since this fact set has no report of bodies returned
      Given Monitor B reported that 8 hostages and the bodies of 3 were agreed for that extension, over all its days
      And 4 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      And 4 hostages were released in the deal on 29 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is UNDETERMINED on 29 November 2023
      And under the reading "as-agreed-for-the-extension", the report of Monitor B decides nothing about the extension day term on 29 November 2023, because "the release agreed included the bodies of 3, and this fact set has no report of bodies returned"
      And the finding says no report decides it, not that a report is lacking

    Example: Where the agreed release included bodies, fewer living hostages than agreed breach the term
      Given Monitor B reported that 8 hostages and the bodies of 3 were agreed for that extension, over all its days
      And 4 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      And 3 hostages were released in the deal on 29 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is VIOLATED on 29 November 2023

    Example: Reports of what was agreed that differ leave the term contested
      Given Monitor B reported that 20 hostages were agreed for that extension, over all its days
      And Monitor C reported that 22 hostages were agreed for that extension, over all its days
      And 10 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      And 10 hostages were released in the deal on 29 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is CONTESTED on 29 November 2023, because its sources disagree

    Example: An extension without any report of what was agreed for it is undetermined, its counts deciding nothing
      Given 10 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      And 10 hostages were released in the deal on 29 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is UNDETERMINED on 29 November 2023
      And the finding says no report decides it, not that a report is lacking
      And under the reading "as-agreed-for-the-extension", these reports decide nothing about the extension day term on 29 November 2023:
        | report by | because                                                                                              |
        | Monitor A | 10 hostages on 2023-11-28: no source in this fact set reported what was agreed for the extension     |
        | Monitor A | 10 hostages on 2023-11-29: no source in this fact set reported what was agreed for the extension     |

    Example: A figure for part of a day of the extension never adds up into its total, beside counts of every day
      Given Monitor B reported that 20 hostages were agreed for that extension, over all its days
      And 10 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      And 10 hostages were released in the deal on 29 November 2023, as reported by Monitor A
      And 4 hostages had been released in the deal by 12:00 on 29 November 2023, as reported by Monitor C
      When the agreement is checked
      Then the extension day term is COMPLIANT on 29 November 2023
      And under the reading "as-agreed-for-the-extension", the report of Monitor C decides nothing about the extension day term on 29 November 2023, because "at least 4 hostages released in the deal on 2023-11-29: a bound never adds up with other reports into a total over several days"

    Example: A figure for part of a day of the extension in place of its count leaves the term undetermined, even where it would make the number agreed
      Given Monitor B reported that 20 hostages were agreed for that extension, over all its days
      And 10 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      And 10 hostages had been released in the deal by 18:00 on 29 November 2023, as reported by Monitor C
      When the agreement is checked
      Then the extension day term is UNDETERMINED on 29 November 2023
      And under the reading "as-agreed-for-the-extension", the report of Monitor C decides nothing about the extension day term on 29 November 2023, because "at least 10 hostages released in the deal on 2023-11-29: a bound never adds up with other reports into a total over several days"
      And the finding says no report decides it, not that a report is lacking

    Example: An extension without any report of what was agreed for it, or of the hostages, is undetermined for lack of reports
      When the agreement is checked
      Then the extension day term is UNDETERMINED on 29 November 2023
      And the finding says it lacks "a report of what was agreed for that extension, and of the hostages released in the deal on each of its days"

  Rule: Read both ways at once, the last day of an extension is judged under both readings; on its other days the release agreed requires nothing, so a shortfall there is contested by the readings
    Illustration: invented figures from placeholder monitors.

    Example: Nine hostages on the first day of a two-day extension fall short of ten a day, and nothing was due that day on the release agreed
      Given Monitor B reported that 20 hostages were agreed for that extension, over all its days
      And 9 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      And 11 hostages were released in the deal on 29 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is CONTESTED on 28 November 2023, because its readings disagree
      And under the reading "ten-per-added-day" the extension day term is VIOLATED on 28 November 2023
      And under the reading "as-agreed-for-the-extension" the extension day term is COMPLIANT on 28 November 2023
      And the finding requires "at least 10 hostages released in the deal on an extension day (read as ten-per-added-day); nothing on this date (read as as-agreed-for-the-extension)"
      And the extension day term is COMPLIANT on 29 November 2023

    Example: Ten a day over a two-day extension agreed at twenty meets the term under both readings
      Given Monitor B reported that 20 hostages were agreed for that extension, over all its days
      And 10 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      And 10 hostages were released in the deal on 29 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is COMPLIANT on 28 November 2023
      And under each reading, the extension day term on 28 November 2023 is:
        | reading                     | status    | held by                                                     | requires                                                                                  |
        | ten-per-added-day           | COMPLIANT | the Israeli PMO; an Israeli official                        | at least 10 hostages released in the deal on an extension day                             |
        | as-agreed-for-the-extension | COMPLIANT | Egypt SIS; the US NSC; the Kenyan Post; the Times of Israel | nothing on this date: this reading judges the term on other dates                         |
      And the extension day term is COMPLIANT on 29 November 2023
      And under each reading, the extension day term on 29 November 2023 is:
        | reading                     | status    | held by                                                          |
        | as-agreed-for-the-extension | COMPLIANT | Egypt SIS; the US NSC; the Kenyan Post; the Times of Israel      |
        | ten-per-added-day           | COMPLIANT | the Israeli PMO; an Israeli official                             |

    Example: Eleven and nine over an extension agreed at twenty meet the agreed release but not ten on each day
      Given Monitor B reported that 20 hostages were agreed for that extension, over all its days
      And 11 hostages were released in the deal on 28 November 2023, as reported by Monitor A
      And 9 hostages were released in the deal on 29 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is CONTESTED on 29 November 2023, because its readings disagree
      And under the reading "ten-per-added-day" the extension day term is VIOLATED on 29 November 2023
      And under the reading "as-agreed-for-the-extension" the extension day term is COMPLIANT on 29 November 2023
