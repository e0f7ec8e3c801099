@gaza-2025-01 @not-modelled @phase-two-talks-day16
Feature: P1-20 Talks on the second phase by Day 16, not modelled
  As reported by Qatar's prime minister, a mediator, and by Reuters and CNN, indirect negotiations
  on the second phase were to begin "no later than Day 16", 3 February 2025. The clause binds both
  parties. Qatar's prime minister called on 2 February for the parties to "engage immediately";
  Israel sent a working-level team to Doha on 8 and 9 February "without a mandate" for the second
  phase; Hamas said it had begun contacts and accused Israel of stalling.

  No term models the clause. No report says, of either party, when it began the talks in a sense
  both accept: what one side calls the start of talks the other does not. Nor can a report that
  talks began late be laid at one party's door: indirect talks need both parties and the
  mediators, so a late start found against both would hold each responsible for the other's
  delay, and a finding for one party would rest on its own word about itself. A claim that a party
  breached the clause is therefore UNDETERMINED, whichever party makes it, and says that the clause
  is not modelled; it is never judged compliant.

  Illustration: invented claims from placeholder statements (Party statement A), not reports by
  any real body.

  Background:
    Given clause P1-20, "Talks on the second phase by Day 16", reads, in the words of Qatar's prime minister, Reuters and CNN:
      """
      indirect negotiations on the second phase begin "no later than Day 16" (Qatar's prime minister; Reuters; CNN)
      """
    And clause P1-20 was reported by the mediators only

  Rule: A claim under clause P1-20 is undetermined, whichever party makes it, and says why

    Scenario Outline: <claimant>'s claim that <against> did not begin the talks by Day 16 is undetermined because the clause is not modelled
      Given clause P1-20 is headed "Talks on the second phase by Day 16"
      And Monitor A reported that talks began on 8 February 2025, at a time not given
      And <claimant> claims that <against> breached clause P1-20 on 3 February 2025, as reported by Party statement A
      When the agreement is checked
      Then the claim by <claimant> against <against> about clause P1-20, reported by Party statement A, is UNDETERMINED
      And the reason given is that clause P1-20 is not modelled

      Examples:
        | claimant | against |
        | Hamas    | Israel  |
        | Israel   | Hamas   |
