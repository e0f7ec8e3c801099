@gaza-2023-11 @explanation
Feature: Explanation without noise
  A finding lists its accounts: each way the reports of the day decide the term. Where several
  sources give the same figure, and above all where a term over several days adds up one source's
  count of each day, in every way the sources allow, many accounts say the same thing. (Ways of
  adding up that draw on the same sources for the same total are one account: four monitors that
  agree on every day give 15 accounts, one for each group of them.) The
  Markdown and HTML reports, which people read, show accounts that say the same thing once: the
  same status, the same figure, under the same reading, and alike in resting, or not, on the word
  of an interested party alone (the party bound by the term, speaking of its own conduct). That one line says how many accounts it stands for and names every
  source among them. Accounts that differ in any of these are shown apart. The reports that
  programs read keep every account: the JSON report lists each, and the CSV report gives each its
  own row, whose run column says whether the check was of the agreement as reported or a what-if.

  The first rules illustrate this with invented sources, "Monitor A" to "Monitor D"; the last
  replays the first-phase hostage term on the reports bundled with the checker.

  Rule: Accounts that say the same thing are shown once, with how many there are and every source named

    Example: Two monitors giving the same litres of fuel for a day are one line
      Given 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor A
      And 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the daily fuel term is COMPLIANT on 24 November 2023
      And the reports for people show the accounts of the daily fuel term on 24 November 2023 as:
        | status    | figure         | according to                                          |
        | COMPLIANT | 130,000 litres | 2 accounts, according to each of Monitor A; Monitor B |

    Example: Two monitors giving different litres of fuel for a day are two lines, even with the same status
      Given 140,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor A
      And 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the daily fuel term is COMPLIANT on 24 November 2023
      And the reports for people show the accounts of the daily fuel term on 24 November 2023 as:
        | status    | figure         | according to           |
        | COMPLIANT | 140,000 litres | according to Monitor A |
        | COMPLIANT | 130,000 litres | according to Monitor B |

    Example: The same litres, once on the bound party's word alone and once not, are two lines
      Given Party statement A relays the statements of Israel
      And 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Party statement A
      And 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily fuel term is COMPLIANT on 24 November 2023
      And the reports for people show the accounts of the daily fuel term on 24 November 2023 as:
        | status    | figure         | according to                            | self-reported |
        | COMPLIANT | 130,000 litres | according to Monitor A                  | no            |
        | COMPLIANT | 130,000 litres | according to Party statement A          | yes           |

    Example: Four monitors agreeing on each of the first four days give 15 accounts, shown as one line
      Given hostages were released in the deal, as reported by Monitor A:
        | date             | hostages |
        | 24 November 2023 | 13       |
        | 25 November 2023 | 13       |
        | 26 November 2023 | 13       |
        | 27 November 2023 | 11       |
      And hostages were released in the deal, as reported by Monitor B:
        | date             | hostages |
        | 24 November 2023 | 13       |
        | 25 November 2023 | 13       |
        | 26 November 2023 | 13       |
        | 27 November 2023 | 11       |
      And hostages were released in the deal, as reported by Monitor C:
        | date             | hostages |
        | 24 November 2023 | 13       |
        | 25 November 2023 | 13       |
        | 26 November 2023 | 13       |
        | 27 November 2023 | 11       |
      And hostages were released in the deal, as reported by Monitor D:
        | date             | hostages |
        | 24 November 2023 | 13       |
        | 25 November 2023 | 13       |
        | 26 November 2023 | 13       |
        | 27 November 2023 | 11       |
      When the agreement is checked
      Then the first-phase hostage term is COMPLIANT on 27 November 2023
      And the reports for people show the accounts of the first-phase hostage term on 27 November 2023 as:
        | status    | figure                          | according to                                                                      |
        | COMPLIANT | 50 hostages (13 + 13 + 13 + 11) | 15 combinations of sources, drawn from Monitor A; Monitor B; Monitor C; Monitor D |

  Rule: The JSON report keeps every account, and the CSV report gives each its own row

    Example: Both monitors' accounts are in the JSON report and have a row each in the CSV report
      Given 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor A
      And 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the daily fuel term is COMPLIANT on 24 November 2023
      And the JSON report lists 2 accounts of the daily fuel term on 24 November 2023
      And the CSV report has 2 rows for the daily fuel term on 24 November 2023, each with the run "as reported"

    Example: Under a what-if, every row of the CSV report says so
      Given clause T06 is read only as "200-including-fuel", its other readings set aside
      And 200 aid trucks entered Gaza on 24 November 2023, as reported by Monitor A
      And 200 aid trucks entered Gaza on 24 November 2023, as reported by Monitor B
      When the agreement is checked
      Then under the reading "200-including-fuel" the daily aid term is COMPLIANT on 24 November 2023
      And the reports for people show the accounts of the daily aid term on 24 November 2023 as:
        | status    | figure     | according to                                          |
        | COMPLIANT | 200 trucks | 2 accounts, according to each of Monitor A; Monitor B |
      And the JSON report lists 2 accounts of the daily aid term on 24 November 2023
      And the CSV report has 2 rows for the daily aid term on 24 November 2023, each with the run "what-if: clause T06 read only as 200-including-fuel, its other readings set aside"

  Rule: On the bundled reports, the 192 accounts of the first-phase hostage term are one line

    Example: The bundled reports' accounts of the first 50 hostages are one line for people and 192 for programs
      Given the bundled reports of the November 2023 pause
      When the agreement is checked
      Then the first-phase hostage term is COMPLIANT on 27 November 2023
      And the reports for people show the 192 accounts of the first-phase hostage term on 27 November 2023 as one line, COMPLIANT: "50 hostages (13 + 13 + 13 + 11)", "192 combinations of sources, drawn from" every source among them
      And the JSON report lists 192 accounts of the first-phase hostage term on 27 November 2023
      And the CSV report has 192 rows for the first-phase hostage term on 27 November 2023, each with the run "as reported"
