@gaza-2025-01 @term @names-before-release
Feature: P1-04 Names delivered before each release
  As reported by Israel, Hamas was to give the names of the hostages of each release at least 24
  hours before it, and the first list was due at 16:00 on 18 January 2025, 24 hours before the first
  release was expected: Israel's Prime Minister's Office and its foreign minister said so, and that
  the list was "received over 18 hours after it was due"; the PMO said Israel would not move forward
  with the ceasefire until Hamas named the first hostages (AP). Hamas gave "technical reasons" for the
  delay and did not state the clause; its silence is not agreement, so the clause is known from one
  party, Israel.

  The term binds Hamas and applies on each pause day on which Hamas releases hostages of the deal.
  Each report of the names delivered for that day's release is compared with each report of when the
  day's first release was completed (the lead, 24 hours, is a parameter). A list belongs to the day
  of the release it names, though it was delivered earlier. A time not reported is any time of its
  date: a list reported without a time was delivered on the release's own date, so it cannot be 24
  hours ahead; a release reported without a handover time was completed on its date. The reports
  show the lead met only if the shortest lead they allow is long enough, and missed only if the
  longest is too short; otherwise they decide nothing. With no report of the names, the term is
  undetermined, never compliant. Times are local (UTC+2).

  Background:
    Given clause P1-04, "Names delivered before each release", reads, in the words of the Israeli PMO and Israel's foreign minister:
      """
      Hamas gives the names of the hostages to be released at least 24 hours before each release; the first list was due at 16:00 on 18 January (Israeli PMO; Israel's foreign minister, paraphrase)
      """
    And clause P1-04 was also reported, not necessarily in these words, by "AP"
    And clause P1-04 was reported by one party only, Israel

  Rule: The names of each release are delivered at least 24 hours before it
    Illustration: invented times from placeholder monitors (Monitor A, Monitor B), not reports by any
    real body.

    Example: Names delivered exactly 24 hours before the handover meet the term
      Given Monitor A reported that the names for the release of 19 January 2025 were delivered at 16:00 on 18 January 2025
      And Hamas completed a handover on 19 January 2025 at 16:00, with no time scheduled in advance, as reported by Monitor B
      When the agreement is checked
      Then the names before release term is COMPLIANT on 19 January 2025
      And the finding requires "the names of the hostages to be released delivered at least 24 h before the day's first release"
      And the names before release term binds Hamas
      And the accounts of the names before release term on 19 January 2025 are:
        | reported                                                                      | status    | rests on a report by |
        | names delivered at 16:00 on 18 Jan, released at 16:00 on 19 Jan: 24 h ahead   | COMPLIANT | Monitor A            |

    Example: Names delivered one minute less than 24 hours before the handover breach the term
      Given Monitor A reported that the names for the release of 19 January 2025 were delivered at 16:01 on 18 January 2025
      And Hamas completed a handover on 19 January 2025 at 16:00, with no time scheduled in advance, as reported by Monitor B
      When the agreement is checked
      Then the names before release term is VIOLATED on 19 January 2025
      And the accounts of the names before release term on 19 January 2025 are:
        | reported                                                                                            | status   |
        | names delivered at 16:01 on 18 Jan, released at 16:00 on 19 Jan: 23 h 59 min ahead, less than 24 h | VIOLATED |

    Example: The lead is counted to the day's first handover
      Given Monitor A reported that the names for the release of 30 January 2025 were delivered at 14:00 on 29 January 2025
      And Hamas completed a handover on 30 January 2025 at 13:00, with no time scheduled in advance, as reported by Monitor B
      And Hamas completed a handover on 30 January 2025 at 15:00, with no time scheduled in advance, as reported by Monitor B
      When the agreement is checked
      Then the names before release term is VIOLATED on 30 January 2025

    Example: Names reported delivered on the day of the release, at a time not given, cannot be 24 hours ahead
      Given Monitor A reported that the names for the release of 19 January 2025 were delivered that day, at a time not given
      And 3 civilian women were released alive in the deal on 19 January 2025, as reported by Monitor B
      When the agreement is checked
      Then the names before release term is VIOLATED on 19 January 2025
      And the accounts of the names before release term on 19 January 2025 are:
        | reported                                                                                                                                  | status   |
        | names delivered on 2025-01-19, at a time not reported, released on 2025-01-19, at a time not reported: at most 23 h 59 min ahead, less than 24 h | VIOLATED |

    Scenario Outline: Names delivered at <time> on 24 January, before a release on 25 January at a time not given, <outcome>
      Given Monitor A reported that the names for the release of 25 January 2025 were delivered at <time> on 24 January 2025
      And 4 female soldiers were released alive in the deal on 25 January 2025, as reported by Monitor B
      When the agreement is checked
      Then the names before release term is <status> on 25 January 2025

      Examples:
        | time  | outcome                                             | status       |
        | 00:00 | were at least 24 hours ahead, whenever the release | COMPLIANT    |
        | 00:01 | may have been less than 24 hours ahead: undecided   | UNDETERMINED |

    Example: A release whose time is not given, with names delivered the morning before, decides nothing
      Given Monitor A reported that the names for the release of 25 January 2025 were delivered at 10:00 on 24 January 2025
      And 4 female soldiers were released alive in the deal on 25 January 2025, as reported by Monitor B
      When the agreement is checked
      Then the names before release term is UNDETERMINED on 25 January 2025
      And the report of Monitor A decides nothing about the names before release term on 25 January 2025, because "names delivered at 10:00 on 24 Jan, released on 2025-01-25, at a time not reported: between 14 h and 37 h 59 min ahead: the times reported cannot say whether that is 24 h or more"

    Example: With no report of the names, the term is undetermined, never compliant
      Given Hamas completed a handover on 1 February 2025 at 12:00, with no time scheduled in advance, as reported by Monitor A
      When the agreement is checked
      Then the names before release term is UNDETERMINED on 1 February 2025
      And the names before release term has no finding on 2 February 2025

  Rule: On the bundled reports, the first list, received after the agreed start on 19 January, breaches the term
    The bundled reports are those of the real sources the fact set names.

    Background:
      Given the bundled reports of the January 2025 cease-fire

    Example: The first list of 19 January, received on the day of the first release
      When the agreement is checked
      Then the names before release term is VIOLATED on 19 January 2025
      And the claim by Israel against Hamas about the names before release term, reported by Republic World, is SUPPORTED

    Example: The lists of later releases, whose time of delivery no source gave, leave those days undetermined
      When the agreement is checked
      Then the names before release term is UNDETERMINED on 25 January 2025
