@gaza-2025-01 @dispute @release-order-and-return-north-25-january
Feature: The release of 25 January 2025 and the return north, 24 to 27 January
  On Friday 24 January 2025 Hamas named four female soldiers for the release of Day 7, 25 January;
  Kan and Channel 12 reported that the list breached the order of civilian women first, and the
  Israeli Prime Minister's Office said it accepted the list though it did not comply with the
  agreement (via Voz). The four were released on 25 January, and 200 prisoners that day.

  Israel's accounts, 25 January: the IDF spokesman said Hamas had "failed to meet its obligations to
  release Israeli female civilian hostages first" (via The Jerusalem Post); the Israeli Prime
  Minister's Office said no one would cross to the north until the release of a civilian woman,
  H-09, was arranged (via Lokmat Times), and that Hamas had not given the list of which hostages
  were alive, due by Day 7 (via The Hans India).

  Hamas's accounts: H-09 was alive, and Hamas had given the mediators the guarantees needed for her
  release (26 January, via MINA News); Hamas called the blocking of the return north a violation,
  "The Israeli occupation is delaying the implementation of the terms of the agreement" (via MINA
  News). On 26 January Qatar's Ministry of Foreign Affairs announced H-09 and two more for Friday,
  three more on Saturday, and the return from Monday morning; the list of the living and the dead
  reached Israel that evening (8 dead, 25 alive). The return opened on 27 January: people on foot
  on al-Rashid Street from 07:00 (WION), and after the withdrawal from the two main roads (UN OCHA).

  The clause of the order among women (P1-08) is reported two ways, and the checker reads it both
  ways side by side, choosing neither: civilian women first, held by the IDF spokesman, the Israeli
  Prime Minister's Office, Kan and Channel 12; or women first, civilians and soldiers alike, as AP's
  final draft gives it ("starting with women (civilians and soldiers)"). The return north on Day 7
  (P1-14) is reported by Hamas and AP's draft; the status list by Day 7 (P1-09) by Israel's
  accounts. What follows is what these terms, as reported, say of the accounts, on the bundled reports.

  Background:
    Given the bundled reports of the January 2025 cease-fire
    When the agreement is checked

  Rule: Four female soldiers released while a civilian woman was still held breach the order read as civilian women first, and keep it read as women first

    H-09, a civilian woman of the deal, was released alive on 30 January (AP, via The
    Spokesman-Review): on 25 January she was still held.

    Example: Read both ways, the release of 25 January leaves the order among women contested by its readings
      Then under each reading, the women's release order term for Hamas on 25 January 2025 is:
        | reading                      | status    | held by                                                                                                          | requires                                                                                      |
        | civilian-women-first         | VIOLATED  | the IDF spokesman: Hamas … first; the Israeli PMO: no crossing … arranged; Kan and Channel 12: the list … first | no female soldier and no man released while a living civilian woman of the deal is still held |
        | women-civilians-and-soldiers | COMPLIANT | AP's final draft: weekly releases "starting with women (civilians and soldiers)"                                 | no man released while a living woman of the deal, civilian or soldier, is still held          |
      And the women's release order term is CONTESTED for Hamas on 25 January 2025, because its readings disagree

    Example: Israel's claims about the order of 25 January are contested, as the finding they rest on is
      Then the claim by Israel against Hamas about the women's release order term, reported by The Jerusalem Post, is CONTESTED
      And the claim by Israel against Hamas about the women's release order term, reported by The Jerusalem Post, rests on its finding of 25 January 2025 alone
      And the claim by Israel against Hamas about the women's release order term, reported by Voz, is CONTESTED

    Scenario Outline: Kept to the reading <reading> alone, as a what-if, the order of 25 January is <status>
      Given clause P1-08 is read only as "<reading>", its other readings set aside
      When the agreement is checked
      Then the women's release order term is <status> for Hamas on 25 January 2025
      And the report says it is a what-if: "what-if: clause P1-08 read only as <reading>, its other readings set aside"

      Examples:
        | reading                      | status    |
        | civilian-women-first         | VIOLATED  |
        | women-civilians-and-soldiers | COMPLIANT |

  Rule: The return north, due on Day 7, opened on 27 January; Israel's stated reason is its defence, shown beside the finding, which it does not change

    Israel's reason for holding the return is a claim that Hamas breached the order among women: it
    answers the finding against Israel, and its verdict is that of the order's finding of 25 January,
    contested by the readings of clause P1-08. Whether a breach of one term would excuse the other
    party's breach of another is not a question the clauses, as reported, answer; the checker shows
    both findings side by side.

    Example: The return north opened two days after the day due breaches the term, whatever the reason given for it
      Then the return north term is VIOLATED for Israel on 25 January 2025
      And the accounts of the return north term on 25 January 2025 are:
        | reported                                                                                              | status   | rests on a report by |
        | return north opened at 07:00 on 27 January 2025: 2 days after 25 January 2025, the day due            | VIOLATED | WION                 |
        | return north opened on 27 January 2025, at a time not given: 2 days after 25 January 2025, the day due | VIOLATED | UN OCHA              |
      And the return north finding for Israel on 25 January 2025 lists Israel's defence, reported by Lokmat Times, with the verdict CONTESTED

    Scenario Outline: Kept to the reading <reading> of the order among women, as a what-if, Israel's defence is <verdict> and the return north still breached
      Given clause P1-08 is read only as "<reading>", its other readings set aside
      When the agreement is checked
      Then the return north finding for Israel on 25 January 2025 lists Israel's defence, reported by Lokmat Times, with the verdict <verdict>
      And the return north term is VIOLATED for Israel on 25 January 2025

      Examples:
        | reading                      | verdict       |
        | civilian-women-first         | SUPPORTED     |
        | women-civilians-and-soldiers | NOT SUPPORTED |

    Example: Hamas's claim that blocking the return was a violation is supported by the finding of 25 January
      The claim names 25 and 26 January; the term has its one finding on the day due, 25 January, and
      none on 26 January.
      Then the claim by Hamas against Israel about the return north term, reported by MINA News, is SUPPORTED
      And the claim by Hamas against Israel about the return north term, reported by MINA News, rests on its finding of 25 January 2025 alone

  Rule: The list of the living and the dead, due by Day 7, reached Israel on 26 January

    Both accounts of its delivery, Israel's government spokesman's (via AP) and a Hamas official's
    (via Reuters), put it on the evening of 26 January, a day after Day 7.

    Example: The status list delivered a day late breaches the term on either party's account, and Israel's claim is supported
      Then the hostage status list term is VIOLATED for Hamas on 25 January 2025
      And the accounts of the hostage status list term on 25 January 2025 are:
        | reported                                                                            | status   | rests on a report by   |
        | the list of the living and the dead delivered on 2025-01-26, 1 day after the deadline | VIOLATED | a Hamas official       |
      And the claim by Israel against Hamas about the hostage status list term, reported by The Hans India, is SUPPORTED

  Rule: The other terms of 25 January were kept on the bundled reports

    Example: Four hostages and 200 prisoners on 25 January meet the schedule, the ratio and the same-day release
      Then the release schedule term is COMPLIANT for Hamas on 25 January 2025
      And the exchange ratio term is COMPLIANT for Israel on 25 January 2025
      And the same-day prisoner release term is COMPLIANT for Israel on 25 January 2025
