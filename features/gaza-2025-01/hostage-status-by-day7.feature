@gaza-2025-01 @term @hostage-status-by-day7
Feature: P1-09 Status of the hostages by Day 7
  As reported by Kan's summary of the agreement and by The Times of Israel (via Krone), Hamas was to
  give, by Day 7 (25 January 2025), the number of the 33 hostages of the deal who were alive and who
  were dead. Israel's Prime Minister's Office said on 25 January that the list was missing. No Hamas
  statement of the clause was found; its silence is not agreement, so the clause is known from one
  party, Israel, and the press.

  The term binds Hamas and has one finding, on the day the clause names (a parameter, Day 7): a
  report that the list was delivered on a pause day up to that day meets it; a report that it was
  delivered only after breaches it; with no report of the list, the term is undetermined, never
  compliant. A list belongs to the day it was delivered on, whatever its time.

  Background:
    Given clause P1-09, "Status of the hostages by Day 7", reads, in the words of Kan and The Times of Israel:
      """
      by Day 7 Hamas gives the number of the 33 who are alive and who are dead (Kan; The Times of Israel, via Krone, paraphrase)
      """
    And clause P1-09 was also reported, not necessarily in these words, by "Israeli PMO"
    And clause P1-09 was reported by one party only, Israel

  Rule: The list of the living and the dead is delivered by the end of Day 7, 25 January 2025
    Illustration: invented reports from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Example: A list delivered late on Day 7 meets the term
      Given Monitor A reported that the list of living and dead hostages was delivered at 23:59 on 25 January 2025
      When the agreement is checked
      Then the hostage status list term is COMPLIANT on 25 January 2025
      And the finding requires "the list of which hostages of the deal are alive and which dead delivered by the end of Day 7"
      And the hostage status list term binds Hamas
      And the accounts of the hostage status list term on 25 January 2025 are:
        | reported                                                              | status    | rests on a report by |
        | the list of the living and the dead delivered at 23:59 on 25 Jan      | COMPLIANT | Monitor A            |

    Example: A list delivered on Day 8 breaches the term
      Given Monitor A reported that the list of living and dead hostages was delivered at 00:01 on 26 January 2025
      When the agreement is checked
      Then the hostage status list term is VIOLATED on 25 January 2025
      And the accounts of the hostage status list term on 25 January 2025 are:
        | reported                                                                                  | status   |
        | the list of the living and the dead delivered at 00:01 on 26 Jan, 1 day after the deadline | VIOLATED |

    Example: A list delivered before Day 7, at a time not given, meets the term
      Given Monitor A reported that the list of living and dead hostages was delivered on 22 January 2025, at a time not given
      When the agreement is checked
      Then the hostage status list term is COMPLIANT on 25 January 2025

    Example: With no report of the list, the term is undetermined, never compliant
      Given 4 female soldiers were released alive in the deal on 25 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the hostage status list term is UNDETERMINED on 25 January 2025
      And the hostage status list term has no finding on 26 January 2025

    Example: Two monitors either side of the deadline leave the term contested by its sources
      Given Monitor A reported that the list of living and dead hostages was delivered on 25 January 2025, at a time not given
      And Monitor B reported that the list of living and dead hostages was delivered on 26 January 2025, at a time not given
      When the agreement is checked
      Then the hostage status list term is CONTESTED on 25 January 2025, because its sources disagree

  Rule: On the bundled reports, the list delivered on the night of 26 to 27 January breaches the term
    The bundled reports are those of the real sources the fact set names.

    Background:
      Given the bundled reports of the January 2025 cease-fire

    Example: The status list of 26 January, a day after Day 7
      When the agreement is checked
      Then the hostage status list term is VIOLATED on 25 January 2025
      And the claim by Israel against Hamas about the hostage status list term, reported by The Hans India, is SUPPORTED
