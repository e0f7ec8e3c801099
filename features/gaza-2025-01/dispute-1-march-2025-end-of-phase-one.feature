@gaza-2025-01 @dispute @end-of-phase-one-1-march
Feature: The end of phase one, 1 March 2025: the Philadelphi corridor and the goods halted
  Phase one ended with its Day 42, 1 March 2025. As reported, Israel's forces were to reduce their
  presence on the Philadelphi corridor gradually during the first phase, begin their withdrawal on
  Day 42 and complete it by Day 50 (clause P1-19, from the text The Times of Israel published, and
  Reuters); and "all the procedures in the first stage will continue in the second stage while
  negotiations ... are ongoing" (clause P1-21, The Times of Israel's text).

  Israel's accounts: Israeli officials and the defence minister said at the end of the phase, "We
  will not leave" the Philadelphi corridor (via News.az). On 2 March Israel halted all goods and
  supplies into Gaza; as the clause index records it, Israel cites a side letter of the United
  States on the time after Day 42, which was not published.

  Hamas's accounts: Israel had not reduced its forces on the corridor nor begun its withdrawal on
  Day 42, "a blatant violation" (via Pravda Egypt, from TASS); the halt of goods was a violation
  meant to "starve the people of Gaza" (via Sub News English).

  Neither clause is modelled: P1-19's dates fall at or after the end of phase one, outside the
  pause days the rule set checks, and its gradual reduction is tied to maps that were not published;
  P1-21 governs the time after Day 42, and whether it binds at all is disputed. Claims under them
  are kept, and come out undetermined, whichever party makes them.

  Background:
    Given the bundled reports of the January 2025 cease-fire
    When the agreement is checked

  Rule: The last day of phase one is Day 42, 1 March; the phase's total of 33 is judged on it

    Example: 1 March 2025 is the last pause day of phase one, and 2 March is not a pause day
      Then 1 March 2025 is the last pause day, which runs until 08:30 on 2 March 2025
      And the phase-one total term is COMPLIANT for Hamas on 1 March 2025

  Rule: Hamas's claims about the Philadelphi corridor and the goods halted rest on clauses that are not modelled

    Example: Hamas's claim that Israel did not begin its withdrawal from the Philadelphi corridor on Day 42
      Then the claim by Hamas against Israel about clause P1-19, reported by Pravda Egypt (TASS), is UNDETERMINED
      And the reason given is that clause P1-19 is not modelled

    Example: Hamas's claim that halting goods on 2 March breached the agreement
      Then the claim by Hamas against Israel about clause P1-21, reported by Sub News English, is UNDETERMINED
      And the reason given is that clause P1-21 is not modelled
