@gaza-2025-01 @term @rashid-return-day7
Feature: P1-14 Return north on al-Rashid Street by Day 7
  As reported, on Day 7 of the phase (25 January 2025), "after the release of 7 detainees", Israel's
  forces were to withdraw from al-Rashid Street east to Salah al-Din Road, and the displaced were to
  return north on foot on al-Rashid Street, unarmed and unsearched; vehicles north of the Netzarim
  axis after inspection. AP's final draft gives it, and Hamas's website described it on 23
  January; no Israeli statement of the clause was found, and Israel's silence is not agreement.

  The term binds Israel. Its one finding is on the day due, Day 7, a parameter of the clause index
  (rashid-return-day7.day). Each source's first report of the return opening is one account: opened
  on or before the day due meets the term, opened only after it breaches it. A report that gives no
  time counts for its day. Where no source reported the return opening, the finding is
  UNDETERMINED: no report of an opening is no evidence that it did not open.

  Illustration: invented reports from placeholder monitors and statements (Monitor A, Monitor B,
  Party statement A, Party statement B), not reports by any real body.

  Background:
    Given clause P1-14, "Return north on al-Rashid Street by Day 7", reads, in the words of Hamas and AP:
      """
      on Day 7, "after the release of 7 detainees", full withdrawal from al-Rashid Street east to Salah al-Din Road; the displaced return north on foot on al-Rashid Street, unarmed and unsearched; vehicles north of the Netzarim axis after inspection (AP's final draft, translation; Hamas's website, paraphrase)
      """
    And clause P1-14 was reported by one party only, Hamas

  Rule: The return north opened on Day 7 meets the term, opened on Day 8 does not

    Example: The return north opened on Day 7 meets the term
      Given Monitor A reported that the return of the displaced to the north opened on 25 January 2025, at a time not given
      When the agreement is checked
      Then the return north term is COMPLIANT on 25 January 2025
      And the return north term binds Israel
      And the finding requires "the displaced allowed to cross to the north on al-Rashid Street on or before Day 7"
      And the accounts of the return north term on 25 January 2025 are:
        | reported                                                                                                      | status    |
        | return north opened on 25 January 2025, at a time not given: on 25 January 2025, the day due                  | COMPLIANT |

    Example: The return north opened first on Day 8 breaches the term
      Given Monitor A reported that the return of the displaced to the north opened on 26 January 2025, at a time not given
      When the agreement is checked
      Then the return north term is VIOLATED on 25 January 2025
      And the return north term has no finding on 26 January 2025

    Example: A return north opened before Day 7 meets the term
      Given Monitor A reported that the return of the displaced to the north opened at 18:00 on 24 January 2025
      When the agreement is checked
      Then the return north term is COMPLIANT on 25 January 2025

  Rule: A source's first report of the opening is its account, and sources that differ leave the term contested

    Example: A source that reported the return opening on two days is judged by the first
      Given Monitor A reported that the return of the displaced to the north opened at 07:00 on 27 January 2025
      And Monitor A reported that the return of the displaced to the north opened at 09:00 on 28 January 2025
      When the agreement is checked
      Then the return north term is VIOLATED on 25 January 2025
      And the accounts of the return north term on 25 January 2025 are:
        | reported                                                                              | status   |
        | return north opened at 07:00 on 27 January 2025: 2 days after 25 January 2025, the day due | VIOLATED |

    Example: One source has the return opening on Day 7 and another on Day 9
      Given Monitor A reported that the return of the displaced to the north opened on 25 January 2025, at a time not given
      And Monitor B reported that the return of the displaced to the north opened at 07:00 on 27 January 2025
      When the agreement is checked
      Then the return north term is CONTESTED on 25 January 2025, because its sources disagree

  Rule: With no report of the return opening, the term is undetermined

    Example: No source reported the return north opening
      When the agreement is checked
      Then the return north term is UNDETERMINED on 25 January 2025
      And the finding says it lacks "a report of the day the return north opened"

  Rule: Israel's stated reason for holding the return is its defence, shown beside the finding, which it does not change
    A party's reason for its own act is a claim that answers the finding against it. It is judged
    on the term it names (here the order of the women's release, P1-08, whose feature gives its
    verdict) and listed beside this finding; the finding's status stays what the reports of the
    opening show.

    Example: Israel's reason answers the finding, and Hamas's claim that the hold breached the term is supported
      Given Monitor A reported that the return of the displaced to the north opened at 07:00 on 27 January 2025
      And Israel gave as its reason for the return north finding on 25 January 2025 that Hamas breached the women's release order term on 25 January 2025, as reported by Party statement A
      And Hamas claims that Israel breached the return north term on 25 January 2025, as reported by Party statement B
      When the agreement is checked
      Then the return north term is VIOLATED on 25 January 2025
      And the return north finding for Israel on 25 January 2025 lists Israel's defence about the women's release order term, reported by Party statement A
      And the claim by Hamas against Israel about the return north term, reported by Party statement B, is SUPPORTED

  Rule: On the bundled reports, the return north opened on 27 January, two days after Day 7, and Israel's stated reason for the hold is shown beside the finding
    WION reported the people on foot on al-Rashid Street from 07:00 on 27 January, and UN OCHA the
    return after the withdrawal from the two main roads, that day, at a time not given. On 25
    January the Israeli PMO said no one would cross north until the release of a civilian woman,
    H-09, was arranged (via Lokmat Times): a claim that Hamas breached the order of the women's
    release, which answers this finding. It is judged on the term it names, the women's release
    order (P1-08), whose own feature gives its verdict; it is listed beside this finding and does
    not change what the reports of the opening show. Hamas called the hold a violation (via MINA
    News).

    Background:
      Given the bundled reports of the January 2025 cease-fire

    Example: The return north, opened on 27 January, breaches the term due on 25 January, and Israel's reason is its defence
      When the agreement is checked
      Then the return north term is VIOLATED on 25 January 2025
      And the accounts of the return north term on 25 January 2025 are:
        | reported                                                                                     | status   |
        | return north opened at 07:00 on 27 January 2025: 2 days after 25 January 2025, the day due   | VIOLATED |
        | return north opened on 27 January 2025, at a time not given: 2 days after 25 January 2025, the day due | VIOLATED |
      And the return north finding for Israel on 25 January 2025 lists Israel's defence about the women's release order term, reported by Lokmat Times
      And the claim by Hamas against Israel about the return north term, reported by MINA News, is SUPPORTED
