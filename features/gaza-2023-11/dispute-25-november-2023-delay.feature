@gaza-2023-11 @dispute @delay-25-november
Feature: The delayed handover of 25 November 2023
  On Saturday 25 November 2023, the second day of the pause, the second group of hostages was "due
  to be released by Hamas at 4 pm" local time, as Le Monde and Pledge Times reported. That time is
  a press report: no statement of it by either party or by a mediator was found. Israel reportedly
  threatened to resume fighting if the hostages were not released by midnight (TRT World, Pledge
  Times, Breaking Latest News); TRT gave that deadline as 21:00 GMT, which is 23:00 local time. Hamas
  announced the handover to the Red Cross at 21:05 GMT, 23:05 local time, as TRT World logged it:
  about seven hours after the 16:00 of the press reports, five minutes after the 23:00 of TRT's
  account of the deadline, and before midnight local time. No time from the Red Cross was found; the
  hostages were in Israel by about midnight. The 39 prisoners of the day were released from shortly
  after midnight (Los Angeles Times).

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
  of a child without a parent a violation of the agreement (Breaking Latest News). On 26 November
  COGAT said a Hamas checkpoint had blocked aid trucks bound for northern Gaza (via LatestLY). UN
  OCHA reported that the Palestine Red Crescent delivered 61 trucks to the north on 25 November.
  Qatar's Ministry of Foreign Affairs spokesperson said the obstacles were overcome through
  Qatari-Egyptian contacts with both sides (Reuters, via The Age).

  The clause of the handover time is read in two ways, side by side, and the checker chooses
  neither: against the time reported in advance, the 16:00 of the press reports (a reading the
  clause index lists as held by Le Monde and Pledge Times; no party stated a time for that day), and
  against the end of the pause day, midnight local time (a reading whose holder the clause index
  gives as the deadline of Israel's reported ultimatum, as TRT World, Pledge Times and Breaking
  Latest News reported it; neither party is reported to have stated it as the term). Where the two
  readings disagree, the finding is CONTESTED, and says that its readings are why.

  What follows is what the terms of the agreement, as reported, say about each of these accounts,
  on the reports bundled with the checker.

  Background:
    Given the bundled reports of the November 2023 pause
    When the agreement is checked

  Rule: Against the 16:00 of the press reports the handover was seven hours late; against a deadline of midnight it was in time
    The completion time both readings judge is 23:05 local time, Hamas's announcement of the handover
    to the Red Cross as TRT World logged it. The reading of the end of the pause day takes midnight
    local time, as the reports of the ultimatum other than TRT's say; against the 23:00 at which TRT
    put the deadline, the same completion would have been five minutes after it.

    Example: Read against the time the press reported, the handover schedule term is violated by Hamas on 25 November 2023
      Then under the reading "announced-time" the handover schedule term is VIOLATED for Hamas on 25 November 2023
      And the accounts of the handover schedule term on 25 November 2023 are:
        | reported                                                            | under the reading | status    | rests on a report by |
        | scheduled 16:00, completed 23:05 on 25 Nov (+02:00): 7 h 5 min late | announced-time    | VIOLATED  | TRT World            |
        | completed 23:05 on 25 Nov (+02:00), before midnight                 | before-midnight   | COMPLIANT | TRT World            |
      And clause T14 was reported by the press only

    Example: Read against the midnight deadline Israel reportedly set, the same handover was in time
      Then under the reading "before-midnight" the handover schedule term is COMPLIANT for Hamas on 25 November 2023

    Example: Read both ways, the handover finding of 25 November 2023 is contested by its readings
      Then under each reading, the handover schedule term for Hamas on 25 November 2023 is:
        | reading         | status    | held by                                     | requires                                              |
        | announced-time  | VIOLATED  | Le Monde and Pledge Times                   | completion no later than the time reported in advance           |
        | before-midnight | COMPLIANT | the deadline of Israel's reported ultimatum | completion before the end of the pause day (midnight) |
      And the handover schedule term is CONTESTED for Hamas on 25 November 2023, because its readings disagree

    Scenario Outline: Kept to the reading <reading> alone, as a what-if, the handover of 25 November 2023 is <status>
      Given clause T14 is read only as "<reading>", its other readings set aside
      When the agreement is checked
      Then the handover schedule term is <status> for Hamas on 25 November 2023
      And the report says it is a what-if: "what-if: clause T14 read only as <reading>, its other readings set aside"

      Examples:
        | reading         | status    |
        | announced-time  | VIOLATED  |
        | before-midnight | COMPLIANT |

  Rule: No other handover has a finding: 24 November had a time reported in advance but no reported completion, the others no time reported in advance

    Qatar's Ministry of Foreign Affairs spokesperson said the first batch, on 24 November, would be
    released "around 4pm"; the Red Cross convoy crossed into Egypt "just before 6pm", and the time
    the handover itself was completed was not reported. For 26, 28 and 30 November a completion
    time was reported, and no time reported in advance.

    Example: The handovers of 24, 26, 28 and 30 November 2023 have no finding of the handover schedule term
      Then the handover schedule term has no finding on 24 November 2023
      And the handover schedule term has no finding on 26 November 2023
      And the handover schedule term has no finding on 28 November 2023
      And the handover schedule term has no finding on 30 November 2023

  Rule: Hamas's first reason, aid to northern Gaza, rests on a clause that only Hamas reported and that is not modelled

    Example: Hamas's claims about aid reaching the north are undetermined
      Then clause T06A was reported by one party only, Hamas
      And the claim by Hamas against Israel about clause T06A, reported by TASS, is UNDETERMINED
      And the reason given is that clause T06A is not modelled
      And the claim by Hamas against Israel about clause T06A, reported by Zuri Times, is UNDETERMINED

    Example: COGAT's counter-claim about a Hamas checkpoint is undetermined for the same reason
      Then the claim by Israel against Hamas about clause T06A, reported by LatestLY, is UNDETERMINED
      And the reason given is that clause T06A is not modelled

    Example: Hamas's count of 65 of 340 trucks reaching the north is a claim about the north
      Then the claim by Hamas against Israel about clause T06A, reported by Daily Mail, is UNDETERMINED
      And the reason given is that clause T06A is not modelled

  Rule: What the aid terms say about 24 and 25 November, apart from the claims

    This fact set has one count of the trucks that entered Gaza on 25 November, the Egyptian Red
    Crescent's; UN OCHA's 187 "by 19:00" is a figure for part of the day. The totals for 24 and 25
    November together, 248 (the UN, via AFP; Le Monde), are kept as notes: on each of them, at least
    one of the two days fell short of 200 trucks. Fuel has two figures on each day, one below the
    daily minimum and one at or above it; the higher two are figures for part of the day. The one
    count of 25 November, 200 trucks, does not say how many of them carried fuel or cooking gas: it
    meets the reading of the clause that counts every truck toward 200 and falls short of the reading
    that asks for 300; under the reading that sets the trucks of fuel and cooking gas apart it decides
    nothing, since it cannot show 200 trucks besides those, and no other report decides that day under
    that reading.

    On 24 November the six counts of this fact set disagree. Under the reading that counts every truck
    toward 200, five of them, of 200 or 215 trucks, meet it, and the Palestine Red Crescent's 196 fall
    short. Under the reading that sets fuel apart, COGAT's 200 meet it, entered with no fuel trucks
    among them because another report attributes to COGAT that day's 4 fuel and 4 cooking-gas
    tankers, given apart; the 196 fall short whatever they carried, and the four other counts decide
    nothing. Every count falls short of 300.

    Example: Trucks are contested on 24 November; on 25 November the one day count in this fact set meets the reading of 200 with fuel included, falls short of 300, and decides nothing read as 200 besides fuel
      Then the daily aid term is CONTESTED on 24 November 2023, because both its readings and its sources disagree
      And under the reading "200-including-fuel" the daily aid term is CONTESTED on 24 November 2023
      And under the reading "200-plus-fuel" the daily aid term is CONTESTED on 24 November 2023
      And under the reading "300-including-fuel" the daily aid term is VIOLATED on 24 November 2023
      And the daily aid term is CONTESTED on 25 November 2023, because its readings disagree
      And the accounts of the daily aid term on 25 November 2023 are:
        | reported   | under the reading  | status    | rests on a report by  |
        | 200 trucks | 200-including-fuel | COMPLIANT | Egyptian Red Crescent |
        | 200 trucks | 300-including-fuel | VIOLATED  | Egyptian Red Crescent |
      And under the reading "200-plus-fuel" the daily aid term is UNDETERMINED on 25 November 2023
      And under the reading "200-plus-fuel", the report of the Egyptian Red Crescent decides nothing about the daily aid term on 25 November 2023, because "200 trucks, their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those"

    Example: Fuel is contested on both days
      Then the daily fuel term is CONTESTED on 24 November 2023
      And the daily fuel term is CONTESTED on 25 November 2023

  Rule: Hamas's second reason, release by seniority, is shown breached on 24 November read as an order of release, and is undecided read as a selection

    Whether those released had served longest can only be shown from lists of who was released and
    who was eligible. Such lists were published (the eligible names by Israel's Justice Ministry; the
    names of those released by Palestinian prisoner bodies and others), but this fact set has them
    only in part: the released prisoners whose detention was reported, by opaque id, each on a list
    of some of that day's releases. Such a list can show the order broken, never kept. On 24 November
    Local10 (AP, Al Jazeera) names among those released one detained in October 2023, while World
    Report Now names, released on 25 November, one eligible since 22 November who had then been held
    about seven months: still held at the end of 24 November, and longer-serving. Nothing of the kind
    is reported for 25 November.

    That is a breach only if seniority is an order of release day by day, which is the compiler's
    reading of Hamas's "all according to seniority": no source states an order by day. Hamas's
    objection as Le Monde reported it, and the head of the PA Prisoners Affairs Authority, who said
    the first list was let through, the issue "to be rectified later" (Jordan News), speak of who was
    selected. Read as a rule of selection over the pause, the term needs the detention dates of every
    eligible prisoner, released or not, which this fact set does not have: it is undetermined.

    Example: Lists of some of those released show the order breached on 24 November, a breach of one reading only, and leave 25 November undetermined
      Then the release order term is CONTESTED on 24 November 2023, because its readings disagree
      And under the reading "order-of-release" the release order term is VIOLATED on 24 November 2023
      And under the reading "selection-by-seniority" the release order term is UNDETERMINED on 24 November 2023
      And the release order term is UNDETERMINED on 25 November 2023
      And under the reading "order-of-release", the report of World Report Now decides nothing about the release order term on 25 November 2023, because "a partial list (1 named released, the latest detained on 2023-04-25; no eligible prisoner is reported released later) cannot show that nobody longer-serving was still held"
      And under the reading "selection-by-seniority", the report of World Report Now decides nothing about the release order term on 25 November 2023, because "a list of those released names who was selected, not the eligible prisoners left held: read as a selection by seniority, it needs the detention dates of every eligible prisoner, released or not"

    Example: Hamas's claims about the release standards are contested, as the finding of 24 November is
      Then the claim by Hamas against Israel about the release order term, reported by Yahoo / Storyful, is CONTESTED
      And the claim rests on the findings of the release order term on 24 November 2023 and 25 November 2023
      And the claim by Hamas against Israel about the release order term, reported by am1.news, is CONTESTED

  Rule: The other accusations of the day concern clauses that are not modelled

    Example: Drones over the south, and shootings, as Hamas reported them
      Then the claim by Hamas against Israel about clause T09, reported by Zuri Times, is UNDETERMINED
      And the reason given is that clause T09 is not modelled
      And the claim by Hamas against Israel about clause T10, reported by Ada Derana, is UNDETERMINED
      And the reason given is that clause T10 is not modelled

    Example: A child released without a parent, as Israel reportedly saw it
      Then the claim by Israel against Hamas about clause T14A, reported by Breaking Latest News, is UNDETERMINED
      And the reason given is that clause T14A is not modelled

  Rule: Hamas's stated reasons for the delay are its defences, shown beside the handover finding they answer

    Example: Each reason the Qassam Brigades gave answers the handover finding, whose status the reasons do not change
      Then the handover schedule term is CONTESTED for Hamas on 25 November 2023, because its readings disagree
      And under the reading "announced-time" the handover schedule term is VIOLATED for Hamas on 25 November 2023
      And under the reading "before-midnight" the handover schedule term is COMPLIANT for Hamas on 25 November 2023
      And the handover schedule finding for Hamas on 25 November 2023 lists Hamas's defence, reported by TASS, with the verdict UNDETERMINED
      And the handover schedule finding for Hamas on 25 November 2023 lists Hamas's defence, reported by Yahoo / Storyful, with the verdict CONTESTED

    Example: The reasons Hamas's spokesperson, a senior Hamas official and Le Monde's report gave answer it too
      Then the handover schedule finding for Hamas on 25 November 2023 lists Hamas's defence, reported by Daily Mail, with the verdict UNDETERMINED
      And the handover schedule finding for Hamas on 25 November 2023 lists Hamas's defence, reported by Ada Derana, with the verdict UNDETERMINED
      And the handover schedule finding for Hamas on 25 November 2023 lists Hamas's defence about clause T06A, reported by Zuri Times, with the verdict UNDETERMINED
      And the handover schedule finding for Hamas on 25 November 2023 lists Hamas's defence about clause T09, reported by Zuri Times, with the verdict UNDETERMINED
      And the handover schedule finding for Hamas on 25 November 2023 lists Hamas's defence, reported by am1.news, with the verdict CONTESTED
