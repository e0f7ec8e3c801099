@gaza-2025-01 @term @daily-fuel-trucks
Feature: P1-16A Daily fuel trucks
  As reported, 50 of the 600 daily aid trucks were to carry fuel: Egypt's foreign minister, a
  mediator, said 50 fuel trucks would enter Gaza a day (via AFP, paraphrase). The Gaza government
  media office said fuel came in at "about 15 trucks a day instead of 50". No Israeli statement of the
  number was found. The party bound, as reported, is Israel.

  The term reads each source's count of the trucks carrying fuel that entered Gaza on a pause day;
  the reports of one source on one day add up. All 42 pause days are judged: a day with no count of
  the fuel trucks is undetermined, never compliant. A figure for part of a day, or an upper bound,
  decides only where it can. An average over several days ("about 15 a day") is no count of any one
  day, and is kept as a note.

  Background:
    Given clause P1-16A, "Daily fuel trucks", reads, in the words of Egypt's foreign minister and the Gaza government media office:
      """
      50 fuel trucks a day (Egypt's foreign minister, via AFP, paraphrase); fuel "about 15 trucks a day instead of 50" (Gaza government media office, paraphrase)
      """
    And clause P1-16A was reported by one party only, Hamas

  Rule: On each pause day at least 50 trucks carrying fuel enter Gaza, and Israel is the party bound
    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Example: Exactly 50 fuel trucks on a day of the first phase meet the daily fuel trucks term
      Given 50 fuel trucks entered Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel trucks term is COMPLIANT on 20 January 2025
      And the finding requires "at least 50 trucks carrying fuel entering Gaza"
      And the daily fuel trucks term binds Israel
      And the accounts of the daily fuel trucks term on 20 January 2025 are:
        | reported       | status    | rests on a report by |
        | 50 fuel trucks | COMPLIANT | Monitor A            |

    Example: 49 fuel trucks on a day of the first phase fall one short of the daily fuel trucks term
      Given 49 fuel trucks entered Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel trucks term is VIOLATED on 20 January 2025
      And the accounts of the daily fuel trucks term on 20 January 2025 are:
        | reported       | status   |
        | 49 fuel trucks | VIOLATED |

    Example: Two monitors either side of 50 fuel trucks leave the daily fuel trucks term contested by its sources
      Given 15 fuel trucks entered Gaza on 20 January 2025, as reported by Monitor A
      And 60 fuel trucks entered Gaza on 20 January 2025, as reported by Monitor B
      When the agreement is checked
      Then the daily fuel trucks term is CONTESTED on 20 January 2025, because its sources disagree
      And the accounts of the daily fuel trucks term on 20 January 2025 are:
        | reported       | status    | rests on a report by |
        | 15 fuel trucks | VIOLATED  | Monitor A            |
        | 60 fuel trucks | COMPLIANT | Monitor B            |

    Example: A day of the first phase with no count of fuel trucks is undetermined, never compliant, whatever the count of aid trucks
      Given 50 fuel trucks entered Gaza on 20 January 2025, as reported by Monitor A
      And 700 aid trucks entered Gaza on 21 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel trucks term is UNDETERMINED on 21 January 2025
      And the finding says it lacks "a report of the trucks carrying fuel that entered Gaza that day"
      And the daily fuel trucks term is UNDETERMINED on 1 March 2025
      And the daily fuel trucks term has no finding on 2 March 2025

  Rule: A figure of fuel trucks for part of a day can show the 50 met but never missed, and an upper bound can show them missed but never met
    Illustration: invented figures from a placeholder monitor (Monitor A), not reports by any real body.

    Example: At least 50 fuel trucks by part of a day show the daily fuel trucks term met
      Given at least 50 fuel trucks entered Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel trucks term is COMPLIANT on 20 January 2025
      And the accounts of the daily fuel trucks term on 20 January 2025 are:
        | reported                | status    |
        | at least 50 fuel trucks | COMPLIANT |

    Example: At least 49 fuel trucks cannot show the daily fuel trucks term missed
      Given at least 49 fuel trucks entered Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel trucks term is UNDETERMINED on 20 January 2025
      And the report of Monitor A decides nothing about the daily fuel trucks term on 20 January 2025, because "at least 49 fuel trucks: a figure for part of the day cannot show that fewer than 50 entered in all"
      And the finding says no report decides it, not that a report is lacking

    Example: At most 49 fuel trucks show the daily fuel trucks term missed
      Given at most 49 fuel trucks entered Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel trucks term is VIOLATED on 20 January 2025
      And the accounts of the daily fuel trucks term on 20 January 2025 are:
        | reported               | status   |
        | at most 49 fuel trucks | VIOLATED |

    Example: At most 50 fuel trucks cannot show the daily fuel trucks term met
      Given at most 50 fuel trucks entered Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel trucks term is UNDETERMINED on 20 January 2025
      And the report of Monitor A decides nothing about the daily fuel trucks term on 20 January 2025, because "at most 50 fuel trucks: an upper bound cannot show that 50 entered"

  Rule: On the bundled reports, no count decides the daily fuel trucks term
    The bundled reports have two figures of fuel trucks, both of 19 January and both of some
    crossings only: Al-Qahera News counted 20 among the trucks through the Israeli-controlled
    crossings, and an Egyptian source (via AFP) 5, early in the day. Each is a lower bound below 50,
    and decides nothing. The Gaza government media office's "about 15 a day" is an average over
    several days, kept as a note.

    Background:
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked

    Example: The fuel trucks counted at some crossings on 19 January 2025 decide nothing about the daily fuel trucks term
      Then the daily fuel trucks term is UNDETERMINED on 19 January 2025
      And the report of Al-Qahera News decides nothing about the daily fuel trucks term on 19 January 2025, because "at least 20 fuel trucks: a figure for part of the day cannot show that fewer than 50 entered in all"
      And the report of an Egyptian source decides nothing about the daily fuel trucks term on 19 January 2025, because "at least 5 fuel trucks: a figure for part of the day cannot show that fewer than 50 entered in all"
      And the finding says no report decides it, not that a report is lacking
      And the daily fuel trucks term is UNDETERMINED on 20 January 2025

    Example: The Gaza government media office's claim that fuel came in at about 15 trucks a day is undetermined, no count of a day deciding it
      Then the claim by Hamas against Israel about the daily fuel trucks term, reported by Anadolu, is UNDETERMINED
