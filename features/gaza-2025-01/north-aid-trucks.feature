@gaza-2025-01 @term @north-aid-trucks
Feature: P1-16B Daily aid trucks to the north
  As reported, 300 of the 600 daily aid trucks were to go to northern Gaza: so Reuters, in its own
  account of the deal (paraphrase). The Gaza government media office, for
  Hamas, counted 2,916 trucks to the north by 7 February where 6,000 (300 a day) were due. No Israeli
  statement of the number was found. The party bound, as reported, is Israel.

  The term reads each source's count of the aid trucks that entered northern Gaza on a pause day;
  the reports of one source on one day add up. All 42 pause days are judged: a day with no count of
  the trucks to the north is undetermined, never compliant, whatever the count of trucks that
  entered Gaza. A figure for part of a day ("at least 300 to the north"), or an upper bound, decides
  only where it can. Totals over several days are kept as notes.

  Background:
    Given clause P1-16B, "Daily aid trucks to the north", reads, in the words of Reuters and the Gaza government media office:
      """
      300 of the 600 daily trucks to northern Gaza (Reuters, paraphrase); 2,916 trucks to the north instead of 6,000 (Gaza government media office, 7 February)
      """
    And clause P1-16B was reported by one party only, Hamas

  Rule: On each pause day at least 300 aid trucks enter northern Gaza, and Israel is the party bound
    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Example: Exactly 300 trucks to the north on a day of the first phase meet the north aid term
      Given 300 aid trucks entered northern Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the north aid term is COMPLIANT on 20 January 2025
      And the finding requires "at least 300 aid trucks entering northern Gaza"
      And the north aid term binds Israel
      And the accounts of the north aid term on 20 January 2025 are:
        | reported                | status    | rests on a report by |
        | 300 trucks to the north | COMPLIANT | Monitor A            |

    Example: 299 trucks to the north on a day of the first phase fall one short of the north aid term
      Given 299 aid trucks entered northern Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the north aid term is VIOLATED on 20 January 2025
      And the accounts of the north aid term on 20 January 2025 are:
        | reported                | status   |
        | 299 trucks to the north | VIOLATED |

    Example: Two monitors either side of 300 trucks to the north leave the north aid term contested by its sources
      Given 300 aid trucks entered northern Gaza on 20 January 2025, as reported by Monitor A
      And 242 aid trucks entered northern Gaza on 20 January 2025, as reported by Monitor B
      When the agreement is checked
      Then the north aid term is CONTESTED on 20 January 2025, because its sources disagree

    Example: A day of the first phase with no count of trucks to the north is undetermined, never compliant, whatever the count of aid trucks
      Given 300 aid trucks entered northern Gaza on 20 January 2025, as reported by Monitor A
      And 900 aid trucks entered Gaza on 21 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the north aid term is UNDETERMINED on 21 January 2025
      And the finding says it lacks "a report of the aid trucks that entered northern Gaza that day"
      And the north aid term is UNDETERMINED on 1 March 2025
      And the north aid term has no finding on 2 March 2025

  Rule: A figure of trucks to the north for part of a day can show the 300 met but never missed, and an upper bound can show them missed but never met
    Illustration: invented figures from a placeholder monitor (Monitor A), not reports by any real body.

    Example: At least 300 trucks to the north show the north aid term met
      Given at least 300 aid trucks entered northern Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the north aid term is COMPLIANT on 20 January 2025
      And the accounts of the north aid term on 20 January 2025 are:
        | reported                         | status    |
        | at least 300 trucks to the north | COMPLIANT |

    Example: At least 299 trucks to the north cannot show the north aid term missed
      Given at least 299 aid trucks entered northern Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the north aid term is UNDETERMINED on 20 January 2025
      And the report of Monitor A decides nothing about the north aid term on 20 January 2025, because "at least 299 trucks to the north: a figure for part of the day cannot show that fewer than 300 entered in all"
      And the finding says no report decides it, not that a report is lacking

    Example: At most 299 trucks to the north show the north aid term missed
      Given at most 299 aid trucks entered northern Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the north aid term is VIOLATED on 20 January 2025
      And the accounts of the north aid term on 20 January 2025 are:
        | reported                        | status   |
        | at most 299 trucks to the north | VIOLATED |

    Example: At most 300 trucks to the north cannot show the north aid term met
      Given at most 300 aid trucks entered northern Gaza on 20 January 2025, as reported by Monitor A
      When the agreement is checked
      Then the north aid term is UNDETERMINED on 20 January 2025
      And the report of Monitor A decides nothing about the north aid term on 20 January 2025, because "at most 300 trucks to the north: an upper bound cannot show that 300 entered"

  Rule: On the bundled reports, 19 January is contested, and no other day has a count of the trucks to the north
    On 19 January UN OCHA (via Reuters) said at least 300 of the day's trucks went to the north, a
    lower bound at the minimum, which shows the term met; a source in the Gaza interior ministry (via
    Caliber.Az) counted 242 for the north, which falls short. No other day of the bundled reports has
    a count of the trucks to the north: the media office's totals are notes.

    Background:
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked

    Example: On 19 January 2025 OCHA's at least 300 trucks to the north meet the north aid term, and the Gaza interior ministry's running figure decides nothing
      Then the north aid term is COMPLIANT on 19 January 2025
      And the accounts of the north aid term on 19 January 2025 are:
        | reported                         | status    | rests on a report by |
        | at least 300 trucks to the north | COMPLIANT | UN OCHA              |
      And the report of a source in the Gaza interior ministry decides nothing about the north aid term on 19 January 2025, because "at least 242 trucks to the north: a figure for part of the day cannot show that fewer than 300 entered in all"
      And the north aid term is UNDETERMINED on 20 January 2025

    Example: The Gaza government media office's claim that too few trucks reached the north by 7 February 2025 is undetermined, no day's count showing it
      Then the claim by Hamas against Israel about the north aid term, reported by Anadolu, is UNDETERMINED
