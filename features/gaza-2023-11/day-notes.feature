@gaza-2023-11 @notes
Feature: Notes of the day bear on terms
  Some reports are not a count of the day: a partial-day figure ("187 had entered by 19:00"), a
  running total over several days, a forecast, trucks dispatched but not yet entered, tankers
  counted without their litres. They decide no term, and the fact set keeps them as notes of the
  day, each with its source. A note may name the one term it bears on. The finding of that term on
  that day then lists the note beside its accounts, in every report, so that a reader sees what was
  not counted and why. A note never changes a status, and the findings of other terms on that day
  do not list it. Notes are named alike whichever party they favour.

  Illustration: invented figures from placeholder monitors (Monitor A, Monitor B), not reports by
  any real body.

  Rule: A note is listed with the finding of the term it names on its day, and with no other

    Example: A partial-day count of trucks that names the daily aid term is listed with that term's finding
      Given 196 aid trucks entered Gaza on 25 November 2023, as reported by Monitor A
      And Monitor B noted on 25 November 2023 "187 trucks had entered by 19:00, a partial-day figure", bearing on the daily aid term
      When the agreement is checked
      Then the daily aid term is VIOLATED on 25 November 2023
      And the daily aid finding on 25 November 2023 lists the note "187 trucks had entered by 19:00, a partial-day figure", by Monitor B

    Example: A count of fuel tankers that names the daily fuel term is not listed with the daily aid finding
      Given 196 aid trucks entered Gaza on 25 November 2023, as reported by Monitor A
      And Monitor B noted on 25 November 2023 "4 fuel tankers crossed, their litres not stated", bearing on the daily fuel term
      When the agreement is checked
      Then the daily aid term is VIOLATED on 25 November 2023
      And the daily aid finding on 25 November 2023 lists no note
      And the daily fuel finding on 25 November 2023 lists the note "4 fuel tankers crossed, their litres not stated", by Monitor B

    Example: A note that names no term is listed with no finding
      Given 196 aid trucks entered Gaza on 25 November 2023, as reported by Monitor A
      And Monitor B noted on 25 November 2023 "a convoy of 60 trucks reached the north", bearing on no term
      When the agreement is checked
      Then the daily aid finding on 25 November 2023 lists no note

    Example: A note of another day is not listed with the finding of its term on this day
      Given 196 aid trucks entered Gaza on 25 November 2023, as reported by Monitor A
      And Monitor B noted on 24 November 2023 "230 trucks will enter today, a forecast", bearing on the daily aid term
      When the agreement is checked
      Then the daily aid finding on 25 November 2023 lists no note
      And the daily aid finding on 24 November 2023 lists the note "230 trucks will enter today, a forecast", by Monitor B
