@term @daily-aid-trucks
Feature: T06 Daily aid trucks
  As reported, Israel was to let at least 200 trucks of aid enter Gaza on every day of the pause.
  Hamas's press statement spoke of 200 trucks of relief and medical supplies and four trucks of
  fuel and cooking gas daily (paraphrase), and the Times of Israel of "Israel's commitments to allow in 200
  trucks of aid for every day of the temporary truce"; Egypt's State Information Service also gave
  200 a day. The accounts of the clause differ: a Hamas official spoke of "at least 200-300
  trucks", and Anadolu, citing Israeli media, of "300 trucks ... including fuel". The checker
  applies the lowest reported figure, 200, and counts every truck toward it, fuel trucks included.

  Each source's count of the trucks that entered Gaza on a day is one account. Figures that are not
  a count of that day's entries (trucks dispatched, running totals, trucks to the north only) are
  kept as notes and decide nothing.

  Background:
    Given clause T06, "Daily aid trucks", reads, in the words of Hamas and the Times of Israel:
      """
      200 trucks of relief and medical supplies and four trucks of fuel and cooking gas daily (Hamas press statement, via WAFA, paraphrase); "Israel's commitments to allow in 200 trucks of aid for every day of the temporary truce" (Times of Israel)
      """
    And clause T06 was also reported, not necessarily in these words, by "Egypt SIS, Anadolu, Media-J and Xinhua"
    And the accounts of clause T06 differ

  Rule: On each pause day at least 200 aid trucks enter Gaza, and Israel is the party bound
    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B, Monitor C), not
    reports by any real body, except in the last example, which starts from the bundled reports.

    Example: Exactly 200 trucks meet the term
      Given 200 aid trucks entered Gaza on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is COMPLIANT on 24 November 2023
      And the finding requires "at least 200 aid trucks entering Gaza"
      And the daily aid term binds Israel

    Example: 199 trucks breach the term
      Given 199 aid trucks entered Gaza on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is VIOLATED on 24 November 2023

    Example: Sources that disagree about the same day leave the term contested
      Given aid trucks entered Gaza on 24 November 2023, as reported by:
        | publisher | trucks |
        | Monitor A | 200    |
        | Monitor B | 196    |
        | Monitor C | 215    |
      When the agreement is checked
      Then the daily aid term is CONTESTED on 24 November 2023
      And the accounts of the daily aid term on 24 November 2023 are:
        | reported   | status    | rests on a report by |
        | 200 trucks | COMPLIANT | Monitor A            |
        | 196 trucks | VIOLATED  | Monitor B            |
        | 215 trucks | COMPLIANT | Monitor C            |

    Example: A day with no count of the trucks that entered is undetermined, never compliant
      Given 200 aid trucks entered Gaza on 24 November 2023, as reported by Monitor A
      And no count of the aid trucks that entered Gaza on 27 November 2023 was reported
      When the agreement is checked
      Then the daily aid term is UNDETERMINED on 27 November 2023
      And the finding says it lacks "a report of the aid trucks that entered Gaza that day"

    Example: Every pause day is judged, even one without any report
      When the agreement is checked
      Then the daily aid term is UNDETERMINED on 25 November 2023
      And the daily aid term is UNDETERMINED on 26 November 2023

    Example: A claim that the trucks fell short is supported when every account shows fewer than 200
      Given 199 aid trucks entered Gaza on 25 November 2023, as reported by Monitor A
      And Hamas claims that Israel breached the daily aid term on 25 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the claim by Hamas against Israel about the daily aid term, reported by Monitor B, is SUPPORTED

    Example: A claim that the trucks fell short is not supported when every account shows 200
      Given 200 aid trucks entered Gaza on 25 November 2023, as reported by Monitor A
      And Hamas claims that Israel breached the daily aid term on 25 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the claim by Hamas against Israel about the daily aid term, reported by Monitor B, is NOT SUPPORTED

    Example: The trucks of 24 and 25 November, as the bundled reports stand; Hamas's count of 65 of 340 reaching the north is a claim about the north
      Given the bundled reports of the November 2023 pause
      When the agreement is checked
      Then the claim by Hamas against Israel about clause T06A, reported by Daily Mail, is UNDETERMINED
      And the daily aid term is CONTESTED on 24 November 2023
      And the daily aid term is COMPLIANT on 25 November 2023
