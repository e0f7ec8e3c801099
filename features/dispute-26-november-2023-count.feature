@dispute @count-26-november
Feature: The count of 26 November 2023: 13 hostages or 14
  On Sunday 26 November 2023, the third day of the pause, UN OCHA counted 13 Israelis released (4
  women and 9 children) and 4 foreign nationals (3 Thai and 1 Russian-Israeli). The IDF (via TRT
  Afrika and Le Monde) and the Israeli Prime Minister's Office (via CNBC) counted 14 Israelis and 3
  foreign nationals. The difference is one Russian-Israeli dual national: Hamas said that hostage
  was released outside the deal, as a gesture to the Russian president, which left 13 released in
  the deal; the IDF and the Israeli Prime Minister's Office counted the hostage among the Israelis.
  UN OCHA, Qatar's Ministry of Foreign Affairs (via Today) and the Palestinian Authority's prisoner
  bodies (via TRT World) reported 39 prisoners released, all of them minors.

  As reported, Israel was to release three prisoners for each hostage released in the deal. 39
  prisoners are three for each of 13 hostages, and three short of the 42 owed for 14.

  Rule: Whether the day met the three-to-one ratio depends on whose count of the hostages is taken

    Example: On the bundled reports the exchange ratio is contested on 26 November 2023
      Given the bundled reports of the November 2023 pause
      When the agreement is checked
      Then the exchange ratio term is CONTESTED on 26 November 2023
      And the accounts of the exchange ratio term on 26 November 2023 are:
        | reading                   | status    | rests on a report by |
        | 13 hostages, 39 prisoners | COMPLIANT | UN OCHA              |
        | 14 hostages, 39 prisoners | VIOLATED  | IDF                  |

    Example: The same day told with one count from each side
      Given 13 hostages were released in the deal on 26 November 2023, as reported by UN OCHA
      And 14 hostages were released in the deal on 26 November 2023, as reported by the Israeli Prime Minister's Office
      And 39 prisoners were released on 26 November 2023, as reported by UN OCHA
      When the agreement is checked
      Then the exchange ratio term is CONTESTED on 26 November 2023

    Example: 42 prisoners would have met the ratio on either count
      Given 13 hostages were released in the deal on 26 November 2023, as reported by UN OCHA
      And 14 hostages were released in the deal on 26 November 2023, as reported by the Israeli Prime Minister's Office
      And 42 prisoners were released on 26 November 2023, as reported by UN OCHA
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 26 November 2023

  Rule: The first-phase total of at least 50 hostages is met on either count

    Example: 50 or 51 hostages over the first four days
      Given the bundled reports of the November 2023 pause
      When the agreement is checked
      Then the first-phase hostage term is COMPLIANT on 27 November 2023
      And the accounts of the first-phase hostage term on 27 November 2023 are:
        | reading                         | status    |
        | 50 hostages (13 + 13 + 13 + 11) | COMPLIANT |
        | 51 hostages (13 + 13 + 14 + 11) | COMPLIANT |
