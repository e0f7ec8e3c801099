@gaza-2023-11 @not-modelled
Feature: Clauses reported but not modelled
  Several clauses were reported by one party or more, by a mediator or by the press, but no term
  of the rule set models them: they set no number a day's reports could be compared against, or
  no source reports the facts they need day by day. The clause index says, for each, why. A
  reading of the agreement that only one party reported is a clause of its own, whichever party
  holds it (Hamas's on aid to the north, T06A; Israel's on the women and children, T03A). A claim
  that a party breached one of these clauses is judged UNDETERMINED and says that the clause is
  not modelled; it is never judged compliant. A claim that names no clause of the agreement as
  reported is UNDETERMINED too, and says so.

  The claims below are invented to illustrate the rule: "Monitor A" stands for any source.

  Rule: A claim under a clause that is not modelled is undetermined, and says why

    Scenario Outline: A claim under clause <clause>, <heading>, is undetermined because the clause is not modelled
      Given clause <clause> is headed "<heading>"
      And <claimant> claims that <against> breached clause <clause> on 25 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the claim by <claimant> against <against> about clause <clause>, reported by Monitor A, is UNDETERMINED
      And the reason given is that clause <clause> is not modelled

      Examples:
        | clause | heading                                                       | claimant | against |
        | T01    | Pause length                                                  | Hamas    | Israel  |
        | T02    | Start                                                         | Israel   | Hamas   |
        | T03A   | Release of all women and children on the list                 | Israel   | Hamas   |
        | T06A   | Aid to reach all areas of the Gaza Strip, including the north | Hamas    | Israel  |
        | T08    | Cooking gas                                                   | Hamas    | Israel  |
        | T09    | Flights and drones over the south and the north               | Hamas    | Israel  |
        | T10    | Halt of military activity                                     | Israel   | Hamas   |
        | T11    | Movement on Salah al-Din road                                 | Hamas    | Israel  |
        | T14A   | Members of the same family released together                  | Israel   | Hamas   |
        | T15    | Lists delivered the evening before                            | Hamas    | Israel  |
        | T16    | Handover mechanics                                            | Israel   | Hamas   |
        | T17    | ICRC visits to remaining hostages                             | Israel   | Hamas   |
        | T18    | Foreign nationals                                             | Israel   | Hamas   |

  Rule: A claim that names no clause of the agreement as reported is undetermined, and says so

    Example: A claim about a commitment that no clause covers
      Given Israel claims that Hamas breached a commitment that no clause of the agreement covers, on 30 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the claim by Israel against Hamas about no clause of the agreement, reported by Monitor A, is UNDETERMINED
      And the reason given is that the claim concerns no clause of the agreement

    Example: A claim by the other party about a commitment that no clause covers
      Given Hamas claims that Israel breached a commitment that no clause of the agreement covers, on 30 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the claim by Hamas against Israel about no clause of the agreement, reported by Monitor A, is UNDETERMINED
      And the reason given is that the claim concerns no clause of the agreement
