@gaza-2025-01 @dispute @handover-30-january
Feature: The handover of 30 January 2025 and the prisoners held for about five hours
  On Thursday 30 January 2025 (Day 12) Hamas released three living hostages of the deal: H-08, a
  female soldier, H-09, a civilian woman, and H-10, a civilian man over 50 (AP, via The
  Spokesman-Review). Five Thai nationals were released the same day outside the deal (the Thai
  foreign ministry, via A News). The handover in Khan Younis was chaotic, with crowds around the
  hostages.

  Israel's account: Israel's prime minister and defence minister delayed the release of the 110
  prisoners of the day "until the safe exit of our hostages in the next phases is assured" (AP, via
  The Spokesman-Review). The mediators gave that assurance, and the prisoners were released the same
  day, about five hours late (AP). No statement by Hamas on the delay is in this fact set.

  No clause of the agreement as reported speaks of the conduct of a handover or of guarantees for
  the hostages' exit: Israel's demand concerns no clause, and its claim is undetermined. The
  prisoners' release is judged by the same-day term and the exchange ratio, on the pause day of
  the hostages' release.

  Background:
    Given the bundled reports of the January 2025 cease-fire
    When the agreement is checked

  Rule: The 110 prisoners, released the same day after a delay of about five hours, meet the ratio and the same-day term

    Example: 110 prisoners for a civilian woman, a civilian man and a female soldier: 30, 30 and 50
      Then the exchange ratio term is COMPLIANT for Israel on 30 January 2025
      And the accounts of the exchange ratio term on 30 January 2025 are:
        | reported                                                                                               | status    | rests on a report by |
        | 1 civilian woman, 1 civilian man and 1 female soldier released alive in the deal, 110 prisoners: 110 owed | COMPLIANT | AP                   |
      And the same-day prisoner release term is COMPLIANT for Israel on 30 January 2025
      And the same-day prisoner release finding for Israel on 30 January 2025 lists the note of The Spokesman-Review: "AP: Israel delayed the release of the 110 prisoners after a chaotic handover of hostages in Khan Younis, for about five hours, until the mediators gave an assurance about the safe exit of hostages in the next releases. The prisoners were released the same day."

  Rule: Israel's demand of a safe exit for the hostages concerns no clause of the agreement as reported

    Example: Israel's claim about the safe exit of the hostages is undetermined
      Then the claim by Israel against Hamas about no clause of the agreement, reported by The Spokesman-Review, is UNDETERMINED
      And the reason given is that the claim concerns no clause of the agreement

  Rule: The five Thai nationals, released outside the deal, count toward no term

    Example: Three hostages of the deal on 30 January, whatever the count of all those released that day
      Then the living before deceased term is COMPLIANT for Hamas on 30 January 2025
      And the accounts of the living before deceased term on 30 January 2025 are:
        | reported                   | under the reading | status    |
        | 3 living: no body returned | by-day            | COMPLIANT |
        | 3 living: no body returned | by-release-week   | COMPLIANT |
