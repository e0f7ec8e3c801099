@gaza-2023-11 @calendar
Feature: T01 and T02 The pause calendar
  Qatar's Ministry of Foreign Affairs, the Israeli Prime Minister's Office and Hamas all reported a
  pause of four days; Qatar's words were that it would "last for four days, subject to extension".
  Qatar, the BBC, Hamas's armed wing and UN OCHA gave its start as 07:00 local time (05:00 GMT) on
  Friday 24 November 2023; the words "7 a.m. (0500 GMT)" are those of Hamas's armed wing, relayed
  by Reuters. A start on 23 November had earlier been announced by a Hamas official and was
  postponed by a day.

  These two clauses have no finding of their own: they set the calendar over which every term is
  judged. A pause day is each date from 24 November 2023 to the last day of the pause; each
  extension in the reports adds whole days after the last one. An exchange or a delivery belongs
  to the pause day the reports place it in, even when part of it happened after midnight (the
  prisoners of 30 November were freed in the early hours of 1 December). The pause, as extended,
  ran until about 07:00 on 1 December 2023: what happened before then belongs to pause day 30
  November. Reports of a day outside the pause are kept, but no term applies to them.

  Background:
    Given clause T01, "Pause length", reads, in the words of Qatar MFA, the Israeli PMO and Hamas:
      """
      "last for four days, subject to extension" (Qatar MFA); "over a span of four days" (Israeli PMO); "for a duration of four days" (Hamas)
      """
    And clause T01 was reported by both parties
    And clause T02, "Start", reads, in the words of Hamas:
      """
      Friday 24 November 2023, "7 a.m. (0500 GMT)"
      """
    And clause T02 was also reported, not necessarily in these words, by "Qatar MFA, UN OCHA, BBC and Israeli NSC"
    And clause T02 was reported by one party only, Hamas

  Rule: The pause starts on 24 November 2023 and lasts four days
    Illustration: invented figures from a placeholder monitor (Monitor A), not reports by any real
    body.

    Example: 23 November is before the pause and 24 November is its first day
      Given 300 aid trucks entered Gaza on 23 November 2023, as reported by Monitor A
      And 300 aid trucks entered Gaza on 24 November 2023, none of them carrying fuel or cooking gas, as reported by Monitor A
      When the agreement is checked
      Then 23 November 2023 is not a pause day, and no term applies to it
      And 24 November 2023 is a pause day
      And the daily aid term is COMPLIANT on 24 November 2023

    Example: Without an extension, 27 November is the last pause day and 28 November is after the pause
      Given 200 aid trucks entered Gaza on 28 November 2023, as reported by Monitor A
      When the agreement is checked
      Then 27 November 2023 is a pause day
      And 28 November 2023 is not a pause day, and no term applies to it

  Rule: Each extension adds whole days after the last pause day
    Illustration: the first example's extension is from a placeholder monitor (Monitor A), not a
    report by any real body; the second starts from the bundled reports.

    Example: A two-day extension makes 28 and 29 November extension days, and 30 November is after the pause
      Given the pause was extended by 2 days, as reported by Monitor A
      When the agreement is checked
      Then 28 November 2023 is an extension day
      And 29 November 2023 is an extension day
      And 30 November 2023 is not a pause day, and no term applies to it

    Example: The reported extensions of two days and then one day make 30 November the last pause day
      The pause ran until about 07:00 on 1 December 2023; what happened before then belongs to
      pause day 30 November.
      Given the bundled reports of the November 2023 pause
      When the agreement is checked
      Then 30 November 2023 is an extension day
      And 1 December 2023 is not a pause day, and no term applies to it

  Rule: No term applies outside the pause, whatever the reports of that day
    Illustration: an invented handover and release from a placeholder monitor (Monitor A), not
    reports by any real body.

    Example: A handover on the evening of 1 December 2023, after the pause had ended, is judged by no term
      Given Hamas completed a handover on 1 December 2023 at 18:00, scheduled for 16:00, as reported by Monitor A
      And 10 hostages were released in the deal on 1 December 2023, as reported by Monitor A
      When the agreement is checked
      Then 1 December 2023 is not a pause day, and no term applies to it
