@gaza-2025-01 @dispute @postponed-release-15-february
Feature: The release of 15 February 2025, postponed on 10 February and made on the day due
  On 10 February 2025 the spokesman of Hamas's armed wing said the release due on Saturday 15
  February (Day 28) was postponed "until further notice", citing "delaying the return of the
  displaced to the northern Gaza Strip, targeting them with shelling and gunfire in various areas of
  the Strip, and not allowing the entry of relief supplies in all their forms according to what was
  agreed upon" (CNN, via KRDO). Three days earlier the Gaza government media office had counted
  8,500 trucks since 19 January instead of 12,000, about 15 fuel trucks a day instead of 50, about
  10 % of the tents due and no mobile homes (via Anadolu); the UN relief chief had spoken on 6
  February of "over 10,000 trucks in the two weeks since the ceasefire" (via UrduPoint).

  Israel's accounts: Israel's defence minister called the postponement a "complete violation of the
  ceasefire agreement and the deal to release the hostages" (via KRDO); on 11 February Israel's prime
  minister said the cease-fire would end unless the hostages were returned by Saturday noon (via The
  Times of Israel); on 13
  February the prime minister's spokesperson dismissed as "fake news" a statement that prefabricated
  housing and heavy equipment would be let in (via The Jerusalem Post). Hamas said on 13 February it
  would proceed, after Egypt and Qatar pledged to remove the obstacles (via Hindustan Times). The
  three hostages due were released on 15 February, and 369 prisoners.

  The clause of the schedule (P1-06) is judged on the day due, not on an announcement before it: the
  release was made, so the term was kept. Hamas's reasons are claims that Israel breached the terms
  of aid and of shelter; as the party's reason for its own announced act they answer the finding of
  15 February, and are listed beside it as defences. The clause of shelter and equipment (P1-17:
  60,000 temporary homes and 200,000 tents over the phase) is not modelled, because no source counts
  them in a form a rule could compare. The fact set takes "relief supplies in all their forms" as
  bearing on both aid and shelter; it has no separate claim for the return north or for the shelling
  that the statement also cited.

  Background:
    Given the bundled reports of the January 2025 cease-fire
    When the agreement is checked

  Rule: The release made on the day due keeps the schedule, whatever was announced before it

    Example: Three living hostages released on Day 28, 15 February, meet the weekly schedule
      Then the release schedule term is COMPLIANT for Hamas on 15 February 2025
      And the accounts of the release schedule term on 15 February 2025 are:
        | reported                                  | status    | rests on a report by |
        | 3 civilian men released alive in the deal | COMPLIANT | Munsif Daily         |

    Example: Israel's claim that the announcement of 10 February breached the schedule is undetermined, the schedule having no finding that day
      The claim is dated by the act it concerns, the announcement of 10 February, as Israel's claim about the
      wrong body is dated by the handover of 20 February. No reported clause makes an announcement a breach;
      the release itself, on 15 February, is judged above.
      Then the claim by Israel against Hamas about the release schedule term, reported by KRDO (CNN), is UNDETERMINED
      And the claim by Israel against Hamas about the release schedule term, reported by KRDO (CNN), has no finding to rest on, the term having none on 10 February 2025

  Rule: Hamas's reasons are judged on the terms they name and shown beside the finding of 15 February, whose status they do not change

    The daily aid term has counts for a few days only: OCHA's 339 trucks on 24 January fall short of
    600, the counts of 19 to 23 January and of 12 February meet it (the Gaza interior ministry's 552 of
    19 January, given during the day, is a lower bound that decides nothing); the other days have no count. A claim over several days is supported where a
    finding it rests on is violated, as claims of either party are; the other days decide nothing
    against it.

    Example: Hamas's reasons: aid supported by the day the counts show short, the return north supported by its late opening, shelter and shelling on clauses not modelled
      Then the release schedule finding for Hamas on 15 February 2025 lists Hamas's defence about clause P1-16, reported by KRDO (CNN), with the verdict SUPPORTED
      And the release schedule finding for Hamas on 15 February 2025 lists Hamas's defence about clause P1-17, reported by KRDO (CNN), with the verdict UNDETERMINED
      And the release schedule finding for Hamas on 15 February 2025 lists Hamas's defence about clause P1-14, reported by KRDO (CNN), with the verdict SUPPORTED
      And the release schedule finding for Hamas on 15 February 2025 lists Hamas's defence about clause P1-02, reported by KRDO (CNN), with the verdict UNDETERMINED

    Example: The aid claim behind the postponement rests on the daily aid findings, one of them a shortfall
      Then the claim by Hamas against Israel about the daily aid term, reported by KRDO (CNN), is SUPPORTED
      And the daily aid term is VIOLATED for Israel on 24 January 2025
      And the daily aid term is COMPLIANT for Israel on 19 January 2025
      And the daily aid term is COMPLIANT for Israel on 12 February 2025

    Example: The shelter claim behind the postponement is undetermined, for its clause is not modelled
      Then the claim by Hamas against Israel about clause P1-17, reported by KRDO (CNN), is UNDETERMINED
      And the reason given is that clause P1-17 is not modelled

  Rule: The media office's figures of 7 February, on which the postponement drew, are claims of their own

    Example: Hamas's claims of 7 February about aid, fuel, the north and shelter, each judged on its term
      Then the claim by Hamas against Israel about the daily aid term, reported by Anadolu, is SUPPORTED
      And the claim by Hamas against Israel about the daily fuel trucks term, reported by Anadolu, is UNDETERMINED
      And the claim by Hamas against Israel about the north aid term, reported by Anadolu, is UNDETERMINED
      And the claim by Hamas against Israel about clause P1-17, reported by Anadolu, is UNDETERMINED
      And the reason given is that clause P1-17 is not modelled
