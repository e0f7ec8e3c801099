@gaza-2023-11 @dispute @count-26-november
Feature: The count of 26 November 2023: 13 hostages in the deal, 14 Israelis
  On Sunday 26 November 2023, the third day of the pause, UN OCHA counted 13 Israelis released (4
  women and 9 children) and 4 foreign nationals (3 Thai and 1 Russian-Israeli). The IDF (via TRT
  Afrika and Le Monde) and the Israeli Prime Minister's Office (via CNBC) counted 14 Israelis and 3
  foreign nationals. The difference is one Russian-Israeli dual national: the IDF and the Prime
  Minister's Office counted that hostage by nationality, among the Israelis, and UN OCHA among the
  foreign nationals. Hamas said the hostage was released outside the deal, in response to the
  Russian president's efforts. UN OCHA's running total of 27 November, 51 Israelis since 24
  November, also counts the dual national among the Israelis.

  13 hostages were released in the deal on every account. No party said that 14 were, and the 39
  prisoners Israel released that day (UN OCHA; Qatar's Ministry of Foreign Affairs, via Today; the
  Palestinian Authority's prisoner bodies, via TRT World) are three for each of 13. The 14th is in
  a count by nationality. So this fact set enters each count of 14 Israelis as 13 released in the
  deal and one released outside it, and the note of each entry says that this split of the IDF's
  and the Prime Minister's Office's counts is the compiler's classification. Read instead as 14
  released in the deal, those counts would call for three times 14, 42 prisoners, three more than
  were released.

  Rule: On every account, 39 prisoners for 13 hostages in the deal meet the three-to-one ratio

    Example: On the bundled reports the exchange ratio is met on 26 November 2023
      Given the bundled reports of the November 2023 pause
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 26 November 2023
      And the accounts of the exchange ratio term on 26 November 2023 are:
        | reported                  | status    | rests on a report by |
        | 13 hostages, 39 prisoners | COMPLIANT | UN OCHA              |
        | 13 hostages, 39 prisoners | COMPLIANT | IDF                  |
        | 13 hostages, 39 prisoners | COMPLIANT | Israeli PMO          |

    Example: A hostage released outside the deal counts toward no term (an illustration with invented sources)
      Given 13 hostages were released in the deal on 26 November 2023, as reported by Monitor A
      And 4 hostages were released outside the deal on 26 November 2023, as reported by Monitor A
      And 39 prisoners were released on 26 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 26 November 2023

  Rule: Had one count been of 14 released in the deal, the day would be contested (an illustration with invented sources)

    Example: A count of 14 in the deal beside a count of 13 leaves the ratio contested
      Given 13 hostages were released in the deal on 26 November 2023, as reported by Monitor A
      And 14 hostages were released in the deal on 26 November 2023, as reported by Monitor B
      And 39 prisoners were released on 26 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is CONTESTED on 26 November 2023

    Example: 42 prisoners would meet the ratio on either count
      Given 13 hostages were released in the deal on 26 November 2023, as reported by Monitor A
      And 14 hostages were released in the deal on 26 November 2023, as reported by Monitor B
      And 42 prisoners were released on 26 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 26 November 2023

  Rule: The first-phase total of at least 50 hostages is met on every account

    Example: 50 hostages released in the deal over the first four days
      Given the bundled reports of the November 2023 pause
      When the agreement is checked
      Then the first-phase hostage term is COMPLIANT on 27 November 2023
      And the accounts of the first-phase hostage term on 27 November 2023 are:
        | reported                        | status    |
        | 50 hostages (13 + 13 + 13 + 11) | COMPLIANT |
