@gaza-2025-01 @dispute @wrong-body-20-february
Feature: The bodies of 20 February 2025: four coffins, three hostages
  On Thursday 20 February 2025 (Day 33) Hamas handed over four coffins as the bodies of four
  hostages of the deal: two children, H-20 and H-21, a man over 50, H-22, and a woman, H-23 (Al
  Jazeera). Israel's forensic institute identified the first three; the fourth body was not a
  hostage but, as Israel reported it, an unidentified Gazan woman (X-01) (AFP, via Bangkok Post).
  The body of H-23 was handed over on the evening of 21 February via the Red Cross and identified
  on 22 February. Six living hostages were released on 22 February.

  Israel's account: Israel's prime minister called the return of a body that was not the hostage
  named "a cruel and evil violation" of the agreement (via Bangkok Post). Hamas's account: the
  remains had likely been "mistakenly mixed" under rubble after an Israeli strike, "unfortunate
  mistakes" (via Bangkok Post).

  Hamas spoke of a mistake, and no source kept counting the fourth coffin as a hostage once it was
  identified: the fact set enters it beside each count of the day as a body returned outside the deal
  (not a release of a hostage), so every source counts three hostages on 20 February. No clause as reported speaks of the
  identity of a body returned; the count of the day bears on two terms: the phase-one total of 33,
  living or dead, by Day 42 (P1-05), and the order of living hostages before bodies (P1-07), which
  the clause index reads two ways, day by day or by the weekly release. What follows is what each
  term makes of each count, on the bundled reports.

  Background:
    Given the bundled reports of the January 2025 cease-fire
    When the agreement is checked

  Rule: The total of 33 by Day 42 is met, the fourth coffin not counted

    The total adds the three hostages of 20 February and the body of H-23 of 21 February: 33 in all,
    25 living and 8 bodies, as the Israeli government's spokesman and a Hamas official both gave the
    status of the 33.

    Example: The phase-one total on 1 March, the fourth coffin of 20 February not counted as a hostage
      Then the phase-one total term is COMPLIANT for Hamas on 1 March 2025
      And the accounts of the phase-one total term on 1 March 2025 are:
        | reported                                                                                                                                              | status    | rests on a report by |
        | 33 hostages (3 on 19 Jan + 4 on 25 Jan + 3 on 30 Jan + 3 on 1 Feb + 3 on 8 Feb + 3 on 15 Feb + 3 on 20 Feb + 1 on 21 Feb + 6 on 22 Feb + 4 on 26 Feb) | COMPLIANT | Bangkok Post         |

  Rule: Israel's claim, dated 20 February, finds no finding to rest on

    The 33 are due over the whole phase, by Day 42, 1 March: the phase-one total is judged on that
    day only, and has no finding on 20 February, the date of Israel's claim. What a body handed over
    was, and whose, is in no clause as reported. So the claim is undetermined: neither borne out nor
    refuted. Had it been dated 1 March, it would rest on the total of that day, met on either count
    since the body of H-23 was handed over on 21 February.

    Example: Israel's claim about the wrong body is undetermined, the phase-one total having no finding on 20 February
      Then the claim by Israel against Hamas about the phase-one total term, reported by Bangkok Post, is UNDETERMINED
      And the claim by Israel against Hamas about the phase-one total term, reported by Bangkok Post, has no finding to rest on, the term having none on 20 February 2025
      And the phase-one total term has no finding on 20 February 2025

  Rule: The order of living before dead is judged alike on either count, and differently by each reading

    Bodies were returned on 20 and 21 February while six living hostages, released on 22 February,
    were still held. Read day by day, that breaches the order; read by weekly release, 20 to 22 February are all Days 29 to 35, one week, and the
    reports decide nothing. No party called this order of the week a breach.

    Example: The bodies of 20 February leave the order contested by its readings
      Then under each reading, the living before deceased term for Hamas on 20 February 2025 is:
        | reading         | status       | held by                                                  |
        | by-day          | VIOLATED     | Reuters and The Times of Israel … as an order of the days |
        | by-release-week | UNDETERMINED | Reuters and The Times of Israel … the weekly releases     |
      And the accounts of the living before deceased term on 20 February 2025 are:
        | reported                                                                                                        | under the reading | status   | rests on a report by |
        | 3 bodies returned while a living hostage of the deal, released on 2025-02-22 as reported by S58, was still held | by-day            | VIOLATED | Al Jazeera           |
        | 3 bodies returned while a living hostage of the deal, released on 2025-02-22 as reported by S58, was still held | by-day            | VIOLATED | AFP                  |
      And the living before deceased term is CONTESTED for Hamas on 20 February 2025, because its readings disagree

    Example: The body of H-23 on 21 February is judged as those of 20 February
      Then under the reading "by-day" the living before deceased term is VIOLATED for Hamas on 21 February 2025
      And under the reading "by-release-week" the living before deceased term is UNDETERMINED for Hamas on 21 February 2025

  Rule: No prisoners were released for the bodies before the exchange of 26 February

    Example: The days of bodies alone have no exchange-ratio finding, and no release of prisoners reported
      Then the exchange ratio term has no finding on 20 February 2025
      And the same-day prisoner release term is UNDETERMINED for Israel on 20 February 2025
