@dispute @delay-25-november
Feature: The delayed handover of 25 November 2023
  On Saturday 25 November 2023, the second day of the pause, the second group of hostages was "due
  to be released by Hamas at 4 pm" local time (Le Monde). Hamas announced the handover to the Red
  Cross at 21:05 GMT, 23:05 local time (TRT World), about seven hours after the scheduled time; the
  39 prisoners of the day were released from shortly after midnight (Los Angeles Times).

  Hamas's armed wing, the Qassam Brigades, said on Telegram that it was delaying the release "until
  the occupation adheres to the terms of the agreement related to the entry of relief trucks into
  the northern Gaza Strip, and due to failure to adhere to the agreed-upon standards for releasing
  prisoners" (via TASS and Storyful). A Hamas spokesperson said 340 trucks had entered since Friday
  and 65 had reached the north, "less than half of what Israel agreed on" (Reuters, via the Daily
  Mail), and a senior Hamas official that only 3 of 100 trucks had reached the north and that
  drones had flown over the south (Zuri Times). Le Monde reported that Hamas objected to Israel
  releasing people held for only a few months rather than long-serving prisoners.

  The IDF spokesperson told BFM that Israel had fully respected the truce (via Ada Derana), and the
  IDF said 200 trucks had entered on Friday (via Storyful). Israel reportedly considered the release
  of a girl without her mother a violation of the agreement (Breaking Latest News). On 26 November
  COGAT said a Hamas checkpoint had blocked aid trucks bound for northern Gaza (via LatestLY). UN
  OCHA reported that the Palestine Red Crescent delivered 61 trucks to the north on 25 November.
  Qatar's Ministry of Foreign Affairs spokesperson said the obstacles were overcome through
  Qatari-Egyptian contacts with both sides (Reuters, via The Age).

  What follows is what the terms of the agreement, as reported, say about each of these accounts,
  on the reports bundled with the checker.

  Background:
    Given the bundled reports of the November 2023 pause
    When the agreement is checked

  Rule: The handover came seven hours after its scheduled time

    Example: The handover schedule term is violated by Hamas on 25 November 2023
      Then the handover schedule term is VIOLATED for Hamas on 25 November 2023
      And the accounts of the handover schedule term on 25 November 2023 are:
        | reading                                                         | status   | rests on a report by |
        | scheduled 16:00, completed 23:05 on 25 Nov (+02:00): 7 h 5 min late | VIOLATED | TRT World            |

    Example: The other handovers of the pause had no time reported in advance
      Then the handover schedule term has no finding on 26 November 2023
      And the handover schedule term has no finding on 28 November 2023
      And the handover schedule term has no finding on 30 November 2023

  Rule: Hamas's first reason, aid to northern Gaza, rests on a clause that only Hamas reported and that is not modelled

    Example: Hamas's claims about aid reaching the north are undetermined
      Then the claim by Hamas against Israel about clause T06A, reported by TASS, is UNDETERMINED
      And the reason given is that clause T06A is not modelled
      And the claim by Hamas against Israel about clause T06A, reported by Zuri Times, is UNDETERMINED

    Example: COGAT's counter-claim about a Hamas checkpoint is undetermined for the same reason
      Then the claim by Israel against Hamas about clause T06A, reported by LatestLY, is UNDETERMINED
      And the reason given is that clause T06A is not modelled

    Example: The daily count of trucks entering Gaza is contested on 24 November and met on 25 November
      Then the claim by Hamas against Israel about the daily aid term, reported by Daily Mail, is CONTESTED
      And the claim rests on the findings of the daily aid term on 24 November 2023 and 25 November 2023
      And the daily aid term is CONTESTED on 24 November 2023
      And the daily aid term is COMPLIANT on 25 November 2023

  Rule: Hamas's second reason, release by seniority, cannot be decided from the reports

    Example: The prisoners of 24 and 25 November were reported only as counts, so the order is undetermined
      Then the release order term is UNDETERMINED on 24 November 2023
      And the finding says it lacks "a list by id"
      And the release order term is UNDETERMINED on 25 November 2023

    Example: Hamas's claims about the release standards are undetermined
      Then the claim by Hamas against Israel about the release order term, reported by Yahoo / Storyful, is UNDETERMINED
      And the claim rests on the findings of the release order term on 24 November 2023 and 25 November 2023
      And the claim by Hamas against Israel about the release order term, reported by am1.news, is UNDETERMINED

  Rule: The other accusations of the day concern clauses that are not modelled

    Example: Drones over the south, and shootings, as Hamas reported them
      Then the claim by Hamas against Israel about clause T09, reported by Zuri Times, is UNDETERMINED
      And the reason given is that clause T09 is not modelled
      And the claim by Hamas against Israel about clause T10, reported by Ada Derana, is UNDETERMINED
      And the reason given is that clause T10 is not modelled

    Example: A girl released without her mother, as Israel reportedly saw it
      Then the claim by Israel against Hamas about clause T14A, reported by Breaking Latest News, is UNDETERMINED
      And the reason given is that clause T14A is not modelled

  Rule: Hamas's stated reasons for the delay are its defences, shown beside the handover finding they answer

    Example: Each reason the Qassam Brigades gave answers the handover finding, which stays violated
      Then the handover schedule term is VIOLATED for Hamas on 25 November 2023
      And the handover schedule finding for Hamas on 25 November 2023 lists Hamas's defence, reported by TASS, with the verdict UNDETERMINED
      And the handover schedule finding for Hamas on 25 November 2023 lists Hamas's defence, reported by Yahoo / Storyful, with the verdict UNDETERMINED
