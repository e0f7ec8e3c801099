@gaza-2025-01 @not-modelled
Feature: Clauses of phase one reported but not modelled
  Several clauses of the January 2025 cease-fire were reported by a party, a mediator or the press,
  but no term of the rule set models them: they set no number a day's reports could be compared
  against, they fall outside the 42 days of phase one, they bind the guarantors rather than a party,
  or no source reports the facts they need day by day. The clause index says, for each, why. A claim
  that a party breached one of these clauses is judged UNDETERMINED and says that the clause is not
  modelled; it is never judged compliant. A claim that names no clause of the agreement as reported
  (release ceremonies, guarantees of a "safe exit") is UNDETERMINED too, and says so.

  The claims below are invented to illustrate the rule: "Monitor A" stands for any source.

  Rule: A claim under a clause that is not modelled is undetermined, and says why

    Scenario Outline: A claim under clause <clause> of phase one, <heading>, is undetermined because the clause is not modelled
      Given clause <clause> is headed "<heading>"
      And <claimant> claims that <against> breached clause <clause> on 1 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the claim by <claimant> against <against> about clause <clause>, reported by Monitor A, is UNDETERMINED
      And the reason given is that clause <clause> is not modelled

      Examples:
        | clause | heading                                  | claimant | against |
        | P1-01  | Phase one: length and start              | Israel   | Hamas   |
        | P1-02  | Cessation of military operations         | Hamas    | Israel  |
        | P1-02  | Cessation of military operations         | Israel   | Hamas   |
        | P1-03  | Pause in air activity                    | Hamas    | Israel  |
        | P1-11  | Gaza detainees                           | Hamas    | Israel  |
        | P1-13  | Withdrawal from populated areas          | Hamas    | Israel  |
        | P1-17  | Shelter and equipment                    | Hamas    | Israel  |
        | P1-19  | Philadelphi corridor                     | Hamas    | Israel  |
        | P1-21  | Continuation while talks go on           | Israel   | Hamas   |
        | P1-21  | Continuation while talks go on           | Hamas    | Israel  |
        | P1-22  | Guarantors and monitoring                | Hamas    | Israel  |
        | P1-23  | Conditions of the prisoners' release     | Hamas    | Israel  |

  Rule: A claim that names no clause of phase one as reported is undetermined, and says so

    Example: A claim about a commitment of phase one that no clause covers
      Given Israel claims that Hamas breached a commitment that no clause of the agreement covers, on 22 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the claim by Israel against Hamas about no clause of the agreement, reported by Monitor A, is UNDETERMINED
      And the reason given is that the claim concerns no clause of the agreement

    Example: A claim by the other party about a commitment of phase one that no clause covers
      Given Hamas claims that Israel breached a commitment that no clause of the agreement covers, on 22 February 2025, as reported by Monitor A
      When the agreement is checked
      Then the claim by Hamas against Israel about no clause of the agreement, reported by Monitor A, is UNDETERMINED
      And the reason given is that the claim concerns no clause of the agreement
