@gaza-2023-11 @as-of
Feature: What was known when
  A claim is made, or a statement answered, at a moment: what could anyone have known then? Checked
  "as of" a time, the agreement is judged on the reports published by that time and on nothing
  published later. A report counts from the moment it was published. A report that gives only the
  day it was published counts from the end of that day, midnight local time (UTC+2 for this
  agreement), since it may have come out at any hour of it. A report with no date of publication
  is left out, as one that cannot be placed in time. Asked about a day rather than a time, the
  check is as of the end of that day. Every report of such a check says, at its top, the time it
  is as of.

  The first rules illustrate this with invented sources, "Monitor A" and "Monitor B"; the last
  replays 25 November 2023 on the reports bundled with the checker.

  Rule: A report counts from the moment it was published

    Example: A report published at the very minute asked about counts
      Given 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor A
      And Monitor A published its report at 18:00 on 24 November 2023
      When the agreement is checked as of 18:00 on 24 November 2023
      Then the daily fuel term is COMPLIANT on 24 November 2023
      And the report says it shows only what was known: "as of 24 November 2023 18:00 +02:00: only reports published by then"

    Example: A report published one minute later does not count yet
      Given 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor A
      And Monitor A published its report at 18:01 on 24 November 2023
      When the agreement is checked as of 18:00 on 24 November 2023
      Then the daily fuel term is UNDETERMINED on 24 November 2023

  Rule: A report that gives only the day it was published counts from the end of that day

    Example: A minute before midnight, a report dated that day does not count yet
      Given 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor A
      And Monitor A published its report on 24 November 2023, at a time not given
      When the agreement is checked as of 23:59 on 24 November 2023
      Then the daily fuel term is UNDETERMINED on 24 November 2023

    Example: At the end of that day it counts
      Given 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor A
      And Monitor A published its report on 24 November 2023, at a time not given
      When the agreement is checked as of the end of 24 November 2023
      Then the daily fuel term is COMPLIANT on 24 November 2023
      And the report says it shows only what was known: "as of the end of 24 November 2023 +02:00: only reports published by then"

  Rule: A report with no date of publication is left out of any check as of a time

    Example: An undated report is left out, however late the time asked about
      Given 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor A
      And Monitor A gave no date of publication
      When the agreement is checked as of the end of 30 November 2023
      Then the daily fuel term is UNDETERMINED on 24 November 2023

    Example: Without a time asked about, every report counts, dated or not
      Given 130,000 litres of fuel entered Gaza on 24 November 2023, as reported by Monitor A
      And Monitor A gave no date of publication
      When the agreement is checked
      Then the daily fuel term is COMPLIANT on 24 November 2023

  Rule: An extension lengthens the pause only once it was reported

    Example: Before the extension was reported, the pause ends after its fourth day
      Given the pause was extended by 1 day, as reported by Monitor B
      And Monitor B published its report at 20:00 on 27 November 2023
      When the agreement is checked as of 19:59 on 27 November 2023
      Then 28 November 2023 is not a pause day, and no term applies to it

    Example: From the minute it was reported, the extension counts
      Given the pause was extended by 1 day, as reported by Monitor B
      And Monitor B published its report at 20:00 on 27 November 2023
      When the agreement is checked as of 20:00 on 27 November 2023
      Then 28 November 2023 is an extension day

  Rule: 25 November 2023 at 16:00, when the second handover was due, as the reports published by then showed it

    Every bundled report gives only the day it was published, so at 16:00 on 25 November the reports
    of 25 November do not count yet: what counts is what had been published by the end of 24 November.
    The handover of 25 November was reported that day, but the bundled report of the 16:00 it was due
    at came out on 26 November: until then the handover had no time it was due, and so no finding.

    Example: At 16:00 on 25 November only reports of the first day had been published
      Given the bundled reports of the November 2023 pause
      When the agreement is checked as of 16:00 on 25 November 2023
      Then the report says it shows only what was known: "as of 25 November 2023 16:00 +02:00: only reports published by then"
      And the exchange ratio term is COMPLIANT on 24 November 2023
      And under the reading "200-including-fuel" the daily aid term is COMPLIANT on 24 November 2023
      And the exchange ratio term is UNDETERMINED on 25 November 2023
      And the daily aid term is UNDETERMINED on 25 November 2023
      And the handover schedule term has no finding on 25 November 2023
      And the first-phase hostage term is UNDETERMINED on 27 November 2023
      And 28 November 2023 is not a pause day, and no term applies to it
      And no claim had been reported yet

    Example: By the end of 25 November, a count of 196 trucks for the first day had been published
      Given the bundled reports of the November 2023 pause
      When the agreement is checked as of the end of 25 November 2023
      Then under the reading "200-including-fuel" the daily aid term is CONTESTED on 24 November 2023
      And the exchange ratio term is COMPLIANT on 25 November 2023
      And the daily aid term is UNDETERMINED on 25 November 2023
      And the claim by Hamas against Israel about clause T06A, reported by Daily Mail, is UNDETERMINED
      And the handover schedule term has no finding on 25 November 2023

