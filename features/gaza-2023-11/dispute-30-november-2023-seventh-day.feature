@gaza-2023-11 @dispute @seventh-day-30-november
Feature: The seventh day, 30 November 2023: eight hostages, or ten counting the day before
  Minutes before the pause was due to expire at 07:00 on 30 November 2023, it was extended by one
  day; Qatar's Ministry of Foreign Affairs said "under the existing conditions, which are a
  cessation of all military activities and the entry of humanitarian aid" (via CBS News). As the
  Israeli Prime Minister's Office reported the agreement, each added day was to see ten more
  hostages released.

  The Israeli Prime Minister's Office (via Reuters) and the IDF (via All Israel News) reported 8
  hostages released on 30 November; 30 prisoners were released early on 1 December (Israel Prison
  Service; Hamas's published list). Israel reportedly counted the two Russian-Israeli women
  released on 29 November toward this day's ten (Dimsum Daily), and the 30 prisoners were
  described as released in exchange for 10 hostages counting those two (Dividend Wealth): three
  for each of ten. The Times of Israel reported the day's agreement as 8 hostages and the bodies
  of 3. Hamas said Israel had refused to receive seven living women and children and the bodies
  of three hostages (Reuters and AFP, via Dunya News).

  This fact set keeps both accounts of the day: the count of 8 released on 30 November, and
  Israel's accounting of the day's deal, 10, entered on 30 November as the day that exchange
  belongs to as reported. The two women are entered on 29 November as released outside the deal,
  so no account counts them twice. No party alleged that the day fell short of ten.

  What was agreed for the day is itself reported two ways: 10 hostages for 30 prisoners (Kenyan
  Post, with Qatar's announcement), or 8 hostages and the bodies of 3 (Times of Israel). Clause T05
  is evaluated under both of its readings: ten hostages on each added day (the Israeli Prime Minister's Office's formula, applied to each day), and
  the release agreed for the extension. This fact set has no report of bodies returned, so the Times of
  Israel's account of the deal can show the day's release short of what was agreed, never made in
  full.

  Rule: On the reports as bundled, the accounts of the seventh day disagree, under either reading

    Example: The extension day term is contested on 30 November 2023
      Given the bundled reports of the November 2023 pause
      When the agreement is checked
      Then the extension day term is CONTESTED for Hamas on 30 November 2023, because its sources disagree
      And the accounts of the extension day term on 30 November 2023 are:
        | reported                          | under the reading           | status    | rests on a report by |
        | 8 hostages                        | ten-per-added-day           | VIOLATED  | Israeli PMO          |
        | 8 hostages                        | ten-per-added-day           | VIOLATED  | IDF                  |
        | 10 hostages                       | ten-per-added-day           | COMPLIANT | Dimsum Daily         |
        | 10 hostages                       | ten-per-added-day           | COMPLIANT | Dividend Wealth      |
        | 8 hostages, against 10 agreed   | as-agreed-for-the-extension | VIOLATED  | Kenyan Post          |
        | 10 hostages, against 10 agreed  | as-agreed-for-the-extension | COMPLIANT | Kenyan Post          |
      And under the reading "as-agreed-for-the-extension", the report of Times of Israel decides nothing about the extension day term on 30 November 2023, because "the release agreed included the bodies of 3, and this fact set has no report of bodies returned"

    Example: The day before met the term without the two released outside the deal
      Given the bundled reports of the November 2023 pause
      When the agreement is checked
      Then the extension day term is COMPLIANT on 29 November 2023
      And the accounts of the extension day term on 29 November 2023 are:
        | reported                                     | under the reading           | status    | rests on a report by |
        | 10 hostages                                  | ten-per-added-day           | COMPLIANT |                      |
        | 20 hostages (10 + 10), against 20 agreed   | as-agreed-for-the-extension | COMPLIANT | Egypt SIS            |

    Example: The 30 prisoners meet the three-to-one ratio on either account
      Given the bundled reports of the November 2023 pause
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 30 November 2023
      And the accounts of the exchange ratio term on 30 November 2023 are:
        | reported                  | status    |
        | 8 hostages, 30 prisoners  | COMPLIANT |
        | 10 hostages, 30 prisoners | COMPLIANT |

  Rule: Each account alone decides the day (an illustration with invented sources)

    Example: Eight hostages on the seventh day fall short of ten a day
      Given clause T05 is read only as "ten-per-added-day", its other readings set aside
      And the pause was extended by 2 days, as reported by Monitor A
      And the pause was extended by 1 day, as reported by Monitor A
      And 8 hostages were released in the deal on 30 November 2023, as reported by Monitor A
      And 30 prisoners were released on 30 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is VIOLATED on 30 November 2023

    Example: Ten hostages on the seventh day meet the term, and 30 prisoners the ratio
      Given clause T05 is read only as "ten-per-added-day", its other readings set aside
      And the pause was extended by 2 days, as reported by Monitor A
      And the pause was extended by 1 day, as reported by Monitor A
      And 10 hostages were released in the deal on 30 November 2023, as reported by Monitor B
      And 30 prisoners were released on 30 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the extension day term is COMPLIANT on 30 November 2023
      And the exchange ratio term is COMPLIANT on 30 November 2023

    Example: Eight hostages on the seventh day fall short of a deal reported as ten, and decide nothing against one reported as eight and the bodies of three
      Given the pause was extended by 2 days, as reported by Monitor A
      And the pause was extended by 1 day, as reported by Monitor A
      And Monitor C reported that 10 hostages were agreed for that extension, over all its days
      And Monitor D reported that 8 hostages and the bodies of 3 were agreed for that extension, over all its days
      And 8 hostages were released in the deal on 30 November 2023, as reported by Monitor A
      When the agreement is checked
      Then under the reading "as-agreed-for-the-extension" the extension day term is VIOLATED on 30 November 2023
      And under the reading "as-agreed-for-the-extension", the report of Monitor D decides nothing about the extension day term on 30 November 2023, because "the release agreed included the bodies of 3, and this fact set has no report of bodies returned"
      And under the reading "ten-per-added-day" the extension day term is VIOLATED on 30 November 2023

  Rule: Hamas's account of the refused list concerns a clause that is not modelled

    Example: Hamas's claim that Israel refused the women, children and bodies it offered
      Given the bundled reports of the November 2023 pause
      When the agreement is checked
      Then the claim by Hamas against Israel about clause T15, reported by Dunya News, is UNDETERMINED
      And the reason given is that clause T15 is not modelled
