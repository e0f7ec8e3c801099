@gaza-2025-01 @dispute @withheld-prisoners-22-february
Feature: The prisoners withheld on 22 February 2025 and released on 26 February
  On Saturday 22 February 2025 (Day 35) Hamas released six living hostages, H-24 to H-29, having
  doubled this release from three to six (via The Sun). The prisoners due that day, about 620 by
  the count of the Israeli Prime Minister's Office, 602 by RFE/RL's, were not released: vehicles
  that apparently carried them left the gates of Ofer prison and turned back (via Q Radio).

  Israel's account: the Israeli Prime Minister's Office said on 23 February that the release would
  be delayed "until the release of the next hostages has been assured, and without the humiliating
  ceremonies" (via Ynetnews). Hamas's account: a member of Hamas's political bureau denied that the
  ceremonies were insulting, said Israel's prime minister was making "flimsy excuses" (via Q Radio),
  and called the postponement "a deliberate attempt to disrupt the agreement, a clear violation of
  its terms" (via The Media Line); Hamas said talks on extending the cease-fire depended on the
  release (via Q Radio). On 25 February Egypt brokered an exchange: four bodies returned without a
  ceremony, and the prisoners released at the same time (via Malay Mail). It was completed early on
  27 February, and belongs to pause day 26 February: 643 prisoners by the Israel Prison Service's
  count, 620 by Ynet's.

  Two clauses bear on the day: the prisoners for each hostage (P1-10: 30 for each living civilian
  released, 50 for each female soldier) and prisoners released the same day as the hostages (P1-12,
  as Israel's Justice Ministry and Prison Service reported it). No clause as reported speaks of release
  ceremonies, or of an assurance about the next releases: the Prime Minister's Office's reason is a
  claim that concerns no clause of the agreement as reported. As Israel's reason for its own act it
  answers both findings of 22 February, and is listed beside each as a defence.

  Background:
    Given the bundled reports of the January 2025 cease-fire
    When the agreement is checked

  Rule: No prisoner released on 22 February for six living hostages breaches the ratio and the same-day release

    Example: Six civilian men released and no prisoner: 180 owed, none released
      Then the exchange ratio term is VIOLATED for Israel on 22 February 2025
      And the accounts of the exchange ratio term on 22 February 2025 are:
        | reported                                                         | status   | rests on a report by |
        | 6 civilian men released alive in the deal, 0 prisoners: 180 owed | VIOLATED | RFE/RL               |

    Example: No prisoner released on the day of the six hostages' release breaches the same-day term
      Then the same-day prisoner release term is VIOLATED for Israel on 22 February 2025
      And the accounts of the same-day prisoner release term on 22 February 2025 are:
        | reported                            | status   | rests on a report by |
        | no prisoners released on 2025-02-22 | VIOLATED | RFE/RL               |

  Rule: The Prime Minister's Office's reason is Israel's defence on both findings, undetermined because ceremonies concern no clause as reported

    Example: Israel's reason is listed beside the exchange-ratio and same-day findings of 22 February, which keep their status
      Then the exchange ratio finding for Israel on 22 February 2025 lists Israel's defence, reported by Ynetnews, with the verdict UNDETERMINED
      And the same-day prisoner release finding for Israel on 22 February 2025 lists Israel's defence, reported by Ynetnews, with the verdict UNDETERMINED
      And the exchange ratio term is VIOLATED for Israel on 22 February 2025
      And the same-day prisoner release term is VIOLATED for Israel on 22 February 2025

  Rule: Hamas's claims that withholding the prisoners breached the agreement are supported by the findings of 22 February

    Example: Hamas's claims about the withheld prisoners, on the ratio and on the same-day release
      Then the claim by Hamas against Israel about the exchange ratio term, reported by Q Radio (radiocms), is SUPPORTED
      And the claim by Hamas against Israel about the exchange ratio term, reported by Q Radio (radiocms), rests on its finding of 22 February 2025 alone
      And the claim by Hamas against Israel about the same-day prisoner release term, reported by The Media Line, is SUPPORTED
      And the claim by Hamas against Israel about the same-day prisoner release term, reported by The Media Line, rests on its finding of 22 February 2025 alone

  Rule: The release of 26 February meets the same-day term for that day, and does not undo the breach of 22 February

    The prisoners of 22 February were released four pause days late, with those exchanged for the
    four bodies of 26 February. The same-day term is judged on each day of hostages released: 26
    February is met, on either count of prisoners; 22 February stays breached. No ratio was reported
    for bodies, so 26 February has no exchange-ratio finding.

    Example: 643 or 620 prisoners released on 26 February, with the four bodies
      Then the same-day prisoner release term is COMPLIANT for Israel on 26 February 2025
      And the accounts of the same-day prisoner release term on 26 February 2025 are:
        | reported                             | status    | rests on a report by  |
        | 643 prisoners released on 2025-02-26 | COMPLIANT | Israel Prison Service |
        | 620 prisoners released on 2025-02-26 | COMPLIANT | Ynet                  |
      And the exchange ratio term has no finding on 26 February 2025
