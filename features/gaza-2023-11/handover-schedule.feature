@gaza-2023-11 @term @handover-schedule
Feature: T14 Handover time
  As reported, the handovers of hostages had a time reported in advance on the first two days:
  Qatar's Ministry of Foreign Affairs spokesperson said the first batch of 13 would be released
  "around 4pm" on 24 November 2023, and Le Monde and Pledge Times reported the second group as "due
  to be released by Hamas at 4 pm" on 25 November 2023. The time of 25 November is the press's: no
  statement of it by either party or by a mediator was found. Israel reportedly threatened to resume
  fighting if the hostages of 25 November were not released by midnight (TRT World, Pledge Times,
  Breaking Latest News); TRT gave that deadline as 21:00 GMT, which is 23:00 local time. No standing
  daily handover time, and no scheduled time for 26 to 30 November, was found.

  The clause index records two readings of when a handover is due, each with who holds it: no later
  than the time reported in advance for it (announced-time), or before the end of its pause day,
  midnight local time (before-midnight). The checker evaluates both side by side and makes neither
  the default; where they disagree, the finding is CONTESTED, and says that its readings are why.

  The term binds the party handing people over, and applies only to a handover for which a time
  was reported in advance; a handover with no reported schedule has no finding of this term under
  either reading. So the term is never UNDETERMINED: where it applies, every report gives both
  times. Times are local (UTC+2). The tolerance after the time reported in advance is a parameter,
  0 minutes, which the clause index says is the compiler's choice; a what-if run may change it.

  Background:
    Given clause T14, "Handover time", reads, in the words of Qatar MFA, Le Monde and Pledge Times:
      """
      first batch of 13 "around 4pm" (Qatar MFA spokesperson, 24 November); second group "due to be released by Hamas at 4 pm" (Le Monde, Pledge Times, 25 November)
      """
    And clause T14 was also reported, not necessarily in these words, by "BBC"
    And clause T14, for the time its one finding rests on (25 November), was reported by the press only
    And clause T14 has the readings "announced-time" and "before-midnight", and no other

  Rule: Read as due no later than the time reported in advance, a handover completed at 16:00 for 16:00 meets the term and one completed at 16:01 does not
    The clause index lists as the holders of this reading Le Monde and Pledge Times, which reported
    the 25 November group as "due to be released by Hamas at 4 pm"; no party stated a time for that
    day. The "around 4pm" of Qatar's Ministry of Foreign Affairs was said of the first batch, on 24
    November, not of the handover of 25 November, and the clause index does not list it as a holder
    of this reading. Each example keeps this reading only, as a what-if run with
    --reading T14=announced-time does.

    Illustration: invented times from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Background:
      Given clause T14 has the reading "announced-time", which reads:
        """
        A handover is due no later than the time reported in advance for it: 16:00 on 25 November, as the press reported it (no party stated a time for that day). The tolerance of 0 minutes is the compiler's choice.
        """
      And the reading "announced-time" of clause T14 is held by:
        | Le Monde and Pledge Times: the second group "due to be released by Hamas at 4 pm" (25 November) |
      And clause T14 is read only as "announced-time", its other readings set aside

    Example: Read against the time reported in advance, a handover completed at its scheduled time meets the term
      Given Hamas completed a handover on 24 November 2023 at 16:00, scheduled for 16:00, as reported by Monitor A
      When the agreement is checked
      Then the handover schedule term is COMPLIANT for Hamas on 24 November 2023
      And the finding requires "completion no later than the time reported in advance"
      And the handover schedule term binds Hamas

    Example: Read against the time reported in advance, a handover completed one minute after its scheduled time breaches the term
      Given Hamas completed a handover on 24 November 2023 at 16:01, scheduled for 16:00, as reported by Monitor A
      When the agreement is checked
      Then the handover schedule term is VIOLATED for Hamas on 24 November 2023
      And the accounts of the handover schedule term on 24 November 2023 are:
        | reported                                                        | status   |
        | scheduled 16:00, completed 16:01 on 24 Nov (+02:00): 1 min late | VIOLATED |

    Example: Read against the time reported in advance, sources that report different completion times leave the term contested
      Given Hamas completed a handover on 25 November 2023 at 15:55, scheduled for 16:00, as reported by Monitor A
      And Hamas completed a handover on 25 November 2023 at 23:05, scheduled for 16:00, as reported by Monitor B
      When the agreement is checked
      Then the handover schedule term is CONTESTED for Hamas on 25 November 2023, because its sources disagree

  Rule: Read as due before the end of its pause day, a handover completed at 23:59 meets the term and one completed at midnight does not
    The clause index gives as the holder of this reading the deadline of the ultimatum Israel
    reportedly gave for the 25 November release, to resume fighting if the hostages were not released
    by midnight (TRT World, Pledge Times, Breaking Latest News); neither party is reported to have
    stated that deadline as the term. TRT gave the deadline as 21:00 GMT, which is 23:00 local time;
    the reading takes midnight local time, as the other reports say. The end of a pause day is
    midnight at the start of the next date, so a handover completed at midnight exactly is late. Each
    example keeps this reading only, as a what-if run with --reading T14=before-midnight does.

    Illustration: invented times from a placeholder monitor (Monitor A), not reports by any real
    body.

    Background:
      Given clause T14 has the reading "before-midnight", which reads:
        """
        A handover is due before the end of its pause day (midnight local time): the deadline of the ultimatum Israel reportedly gave for the 25 November release, to resume fighting if the hostages were not released by midnight.
        """
      And the reading "before-midnight" of clause T14 is held by:
        | the deadline of Israel's reported ultimatum (TRT World, Pledge Times, Breaking Latest News); neither party is reported to have stated it as the term |
      And clause T14 is read only as "before-midnight", its other readings set aside

    Example: Read against the end of the pause day, a handover completed at 23:59 meets the term
      Given Hamas completed a handover on 24 November 2023 at 23:59, scheduled for 16:00, as reported by Monitor A
      When the agreement is checked
      Then the handover schedule term is COMPLIANT for Hamas on 24 November 2023
      And the finding requires "completion before the end of the pause day (midnight)"
      And the accounts of the handover schedule term on 24 November 2023 are:
        | reported                                            | status    |
        | completed 23:59 on 24 Nov (+02:00), before midnight | COMPLIANT |

    Example: Read against the end of the pause day, a handover completed at midnight breaches the term
      Given Hamas completed the handover due on 24 November 2023, scheduled for 16:00, at 00:00 on 25 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the handover schedule term is VIOLATED for Hamas on 24 November 2023
      And the report says it is a what-if: "what-if: clause T14 read only as before-midnight, its other readings set aside"

  Rule: Read both ways at once, as every check is unless a what-if keeps one reading, a finding whose readings disagree is contested
    Illustration: invented times from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Example: A handover completed at its scheduled time meets the term under both readings
      Given Hamas completed a handover on 24 November 2023 at 16:00, scheduled for 16:00, as reported by Monitor A
      When the agreement is checked
      Then the handover schedule term is COMPLIANT for Hamas on 24 November 2023
      And under each reading, the handover schedule term for Hamas on 24 November 2023 is:
        | reading         | status    | held by                                     | requires                                              |
        | announced-time  | COMPLIANT | Le Monde and Pledge Times                   | completion no later than the time reported in advance           |
        | before-midnight | COMPLIANT | the deadline of Israel's reported ultimatum | completion before the end of the pause day (midnight) |

    Example: A handover completed one minute after its scheduled time and before midnight is contested by the readings
      Given Hamas completed a handover on 24 November 2023 at 16:01, scheduled for 16:00, as reported by Monitor A
      When the agreement is checked
      Then under each reading, the handover schedule term for Hamas on 24 November 2023 is:
        | reading         | status    | held by                                     |
        | announced-time  | VIOLATED  | Le Monde and Pledge Times                   |
        | before-midnight | COMPLIANT | the deadline of Israel's reported ultimatum |
      And the handover schedule term is CONTESTED for Hamas on 24 November 2023, because its readings disagree

    Example: A handover completed after midnight breaches the term under both readings
      Given Hamas completed the handover due on 24 November 2023, scheduled for 16:00, at 00:30 on 25 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the handover schedule term is VIOLATED for Hamas on 24 November 2023
      And under the reading "announced-time" the handover schedule term is VIOLATED for Hamas on 24 November 2023
      And under the reading "before-midnight" the handover schedule term is VIOLATED for Hamas on 24 November 2023

    Example: Sources that report different completion times leave the term contested
      Given Hamas completed a handover on 25 November 2023 at 15:55, scheduled for 16:00, as reported by Monitor A
      And Hamas completed a handover on 25 November 2023 at 23:05, scheduled for 16:00, as reported by Monitor B
      When the agreement is checked
      Then the handover schedule term is CONTESTED for Hamas on 25 November 2023, because both its readings and its sources disagree
      And under the reading "announced-time" the handover schedule term is CONTESTED for Hamas on 25 November 2023
      And under the reading "before-midnight" the handover schedule term is COMPLIANT for Hamas on 25 November 2023

    Example: A handover with no time set in advance is not judged against a schedule
      Given Hamas completed a handover on 26 November 2023 at 19:00, with no time scheduled in advance, as reported by Monitor A
      When the agreement is checked
      Then the handover schedule term has no finding on 26 November 2023

  Rule: A what-if run may allow a tolerance after the time reported in advance; the end of the pause day does not move
    Illustration: invented times from a placeholder monitor (Monitor A), not reports by any real
    body.

    Scenario Outline: With <tolerance> minutes allowed after the time reported in advance, a handover completed at <completed> is <status> under that reading
      Given a handover may be completed up to <tolerance> minutes after its scheduled time
      And Hamas completed a handover on 24 November 2023 at <completed>, scheduled for 16:00, as reported by Monitor A
      When the agreement is checked
      Then under the reading "announced-time" the handover schedule term is <status> for Hamas on 24 November 2023
      And under the reading "before-midnight" the handover schedule term is COMPLIANT for Hamas on 24 November 2023

      Examples:
        | tolerance | completed | status    |
        | 30        | 16:30     | COMPLIANT |
        | 30        | 16:31     | VIOLATED  |

    Example: With 600 minutes allowed after the time reported in advance, a handover completed at 00:30 the next day still breaches the end of the pause day
      Given a handover may be completed up to 600 minutes after its scheduled time
      And Hamas completed the handover due on 24 November 2023, scheduled for 16:00, at 00:30 on 25 November 2023, as reported by Monitor A
      When the agreement is checked
      Then under the reading "announced-time" the handover schedule term is COMPLIANT for Hamas on 24 November 2023
      And under the reading "before-midnight" the handover schedule term is VIOLATED for Hamas on 24 November 2023
      And the handover schedule term is CONTESTED for Hamas on 24 November 2023, because its readings disagree
