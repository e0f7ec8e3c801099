@term @handover-schedule
Feature: T14 Handover time
  As reported, the handovers of hostages had a time reported in advance on the first two days:
  Qatar's Ministry of Foreign Affairs spokesperson said the first batch of 13 would be released
  "around 4pm" on 24 November 2023, and Le Monde and Pledge Times reported the second group as "due
  to be released by Hamas at 4 pm" on 25 November 2023. The time of 25 November is the press's: no
  statement of it by either party or by a mediator was found. No standing daily handover time, and
  no scheduled time for 26 to 30 November, was found.

  The term binds the party handing people over, and applies only to a handover for which a time
  was reported in advance; a handover with no reported schedule has no finding of this term. So
  the term is never UNDETERMINED: where it applies, every report gives both times. Times are local
  (UTC+2). By default a handover must be complete no later than its scheduled time; the tolerance
  is a parameter that a what-if run may change.

  Background:
    Given clause T14, "Handover time", reads, in the words of Qatar MFA, Le Monde and Pledge Times:
      """
      first batch of 13 "around 4pm" (Qatar MFA spokesperson, 24 November); second group "due to be released by Hamas at 4 pm" (Le Monde, Pledge Times, 25 November)
      """
    And clause T14 was also reported, not necessarily in these words, by "BBC"
    And clause T14, for the time its one finding rests on (25 November), was reported by the press only

  Rule: A handover with a time set in advance is completed no later than that time
    Illustration: invented times from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Example: A handover completed at its scheduled time meets the term
      Given Hamas completed a handover on 24 November 2023 at 16:00, scheduled for 16:00, as reported by Monitor A
      When the agreement is checked
      Then the handover schedule term is COMPLIANT for Hamas on 24 November 2023
      And the finding requires "completion no later than scheduled"
      And the handover schedule term binds Hamas

    Example: A handover completed one minute after its scheduled time breaches the term
      Given Hamas completed a handover on 24 November 2023 at 16:01, scheduled for 16:00, as reported by Monitor A
      When the agreement is checked
      Then the handover schedule term is VIOLATED for Hamas on 24 November 2023

    Example: Sources that report different completion times leave the term contested
      Given Hamas completed a handover on 25 November 2023 at 15:55, scheduled for 16:00, as reported by Monitor A
      And Hamas completed a handover on 25 November 2023 at 23:05, scheduled for 16:00, as reported by Monitor B
      When the agreement is checked
      Then the handover schedule term is CONTESTED for Hamas on 25 November 2023

    Example: A handover with no time set in advance is not judged against a schedule
      Given Hamas completed a handover on 26 November 2023 at 19:00, with no time scheduled in advance, as reported by Monitor A
      When the agreement is checked
      Then the handover schedule term has no finding on 26 November 2023

  Rule: A what-if run may allow a tolerance after the scheduled time
    Illustration: invented times from a placeholder monitor (Monitor A), not reports by any real
    body.

    Scenario Outline: With <tolerance> minutes allowed, a handover completed at <completed> is <status>
      Given a handover may be completed up to <tolerance> minutes after its scheduled time
      And Hamas completed a handover on 24 November 2023 at <completed>, scheduled for 16:00, as reported by Monitor A
      When the agreement is checked
      Then the handover schedule term is <status> for Hamas on 24 November 2023

      Examples:
        | tolerance | completed | status    |
        | 30        | 16:30     | COMPLIANT |
        | 30        | 16:31     | VIOLATED  |
