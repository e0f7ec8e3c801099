@gaza-2025-01 @calendar
Feature: P1-01 The calendar of phase one
  Qatar's prime minister announced a first phase of 42 days; Qatar's Ministry of Foreign Affairs gave
  its start as 08:30 local time (06:30 GMT) on Sunday 19 January 2025. Israel's Prime Minister's Office
  held the start back until Hamas delivered the names of the first hostages, and the cease-fire took
  effect at 11:15: that delay is a fact of the first day, judged under the names term, not a change of
  the calendar.

  The clause has no finding of its own: it sets the calendar over which every term is judged. Day 1
  is 19 January 2025 and Day n is 19 January plus n - 1 days, so Day 7 is 25 January, Day 22 is
  9 February and Day 42, the last, is 1 March 2025; the phase runs until 08:30 on 2 March. Reports of
  a day outside the phase are kept, but no term applies to them.

  Background:
    Given clause P1-01, "Phase one: length and start", reads, in the words of Qatar's prime minister and Qatar MFA:
      """
      a first phase of 42 days (Qatar's prime minister, 15 January, paraphrase); the ceasefire starts at 08:30 local time, 06:30 GMT, on Sunday 19 January (Qatar MFA, 18 January, paraphrase)
      """
    And clause P1-01 was also reported, not necessarily in these words, by "The New York Times, Israeli PMO and UN OCHA"
    And clause P1-01 was reported by one party only, Israel

  Rule: Phase one runs for 42 days from 19 January 2025, 08:30

    Example: 19 January 2025 is the first day of phase one, and 18 January is before it
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then 19 January 2025 is a pause day
      And 18 January 2025 is not a pause day, and no term applies to it

    Example: 1 March 2025 is the last day of phase one, which runs until 08:30 on 2 March
      Given the bundled reports of the January 2025 cease-fire
      When the agreement is checked
      Then 1 March 2025 is the last pause day, which runs until 08:30 on 2 March 2025
      And 2 March 2025 is not a pause day, and no term applies to it
