@gaza-2023-11 @term @daily-aid-trucks
Feature: T06 Daily aid trucks
  As reported, Israel was to let aid trucks enter Gaza on every day of the pause. How many, and
  whether the trucks of fuel and cooking gas count among them, was reported in more than one way.
  Hamas's press statement spoke of 200 trucks of relief and medical supplies and four trucks of
  fuel and cooking gas daily (paraphrase), and the Times of Israel of "Israel's commitments to allow
  in 200 trucks of aid for every day of the temporary truce". Egypt's State Information Service also
  gave 200 a day, with diesel and cooking gas given apart, and an Egyptian security official, via
  Xinhua, 200 a day. A Hamas official spoke of "at least 200-300 trucks", and Anadolu, citing Israeli
  media, of "300 trucks ... including fuel".

  The clause index records three readings of the clause, each with who holds it: at least 200 trucks
  a day, every truck counted, fuel and cooking-gas trucks included (200-including-fuel); at least
  200 trucks a day besides the trucks a report says carried fuel or cooking gas (200-plus-fuel); at
  least 300 trucks, fuel included, read as a daily minimum, since the reports of 300 give no period
  (300-including-fuel). The Times of Israel and the Egyptian security official gave 200 a day
  without saying what the trucks carried, so the clause index lists them under no reading. The
  checker evaluates all three readings side by side and makes none of them the default. A finding
  gives its status under each reading, and is COMPLIANT, or VIOLATED, only if it is so under every
  reading; otherwise it is CONTESTED, and says that its readings are why. A reading under which no
  report decides the day disagrees with one under which a report does.

  Each source's count of the trucks that entered Gaza on a day is one account under each reading that
  it can decide. A report may say how many of its trucks carried fuel or cooking gas. Under the
  readings that count every truck, what a truck carried makes no difference. Under the reading that
  sets the trucks of fuel and cooking gas apart, a count that does not say what its trucks carried
  can show the minimum missed, since fewer trucks of any load fall short of it, but never met: missing
  facts never make a term met, and such a count cannot show 200 trucks besides those of fuel. At or
  above the minimum it decides nothing under that reading, and the finding lists it, with why.
  Figures that are not a count of that day's entries (trucks dispatched, running totals, trucks to
  the north only) are kept as notes and decide nothing.

  Background:
    Given clause T06, "Daily aid trucks", reads, in the words of Hamas and the Times of Israel:
      """
      200 trucks of relief and medical supplies and four trucks of fuel and cooking gas daily (Hamas press statement, via WAFA, paraphrase); "Israel's commitments to allow in 200 trucks of aid for every day of the temporary truce" (Times of Israel)
      """
    And clause T06 was also reported, not necessarily in these words, by "Egypt SIS, Anadolu, Media-J and Xinhua"
    And the accounts of clause T06 differ
    And clause T06 has the readings "200-including-fuel", "200-plus-fuel" and "300-including-fuel", and no other

  Rule: Read as at least 200 trucks a day with the fuel trucks counted among them, 200 trucks meet the term and 199 fall short
    The clause index lists one holder of this reading: a Hamas official, who spoke of "at least
    200-300 trucks ... including eight fuel trucks", taken at the lower figure of that range, the
    period not stated. The Times of Israel ("Israel's commitments to allow in 200 trucks of aid for
    every day of the temporary truce") and an Egyptian security official, via Xinhua, also gave 200 a
    day, but did not say what the trucks carried, so the clause index lists them under no reading,
    this one included. Each example keeps this reading only, as a what-if run with
    --reading T06=200-including-fuel does.

    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B, Monitor C), not
    reports by any real body.

    Background:
      Given clause T06 has the reading "200-including-fuel", which reads:
        """
        At least 200 trucks a day, every truck counting toward the 200, fuel and cooking-gas trucks included.
        """
      And the reading "200-including-fuel" of clause T06 is held by:
        | a Hamas official: "at least 200-300 trucks ... including eight fuel trucks", at its lower figure, period not stated |
      And clause T06 is read only as "200-including-fuel", its other readings set aside

    Example: Read as 200 trucks a day with fuel included, exactly 200 trucks meet the term
      Given 200 aid trucks entered Gaza on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is COMPLIANT on 24 November 2023
      And the finding requires "at least 200 aid trucks entering Gaza, fuel trucks included"
      And the daily aid term binds Israel
      And the report says it is a what-if: "what-if: clause T06 read only as 200-including-fuel, its other readings set aside"

    Example: Read as 200 trucks a day with fuel included, 199 trucks fall short
      Given 199 aid trucks entered Gaza on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is VIOLATED on 24 November 2023

    Example: Read as 200 trucks a day with fuel included, 200 trucks of which 4 carried fuel or cooking gas meet the term
      Given 200 aid trucks entered Gaza on 24 November 2023, 4 of them carrying fuel or cooking gas, as reported by Monitor A
      When the agreement is checked
      Then under the reading "200-including-fuel" the daily aid term is COMPLIANT on 24 November 2023
      And the accounts of the daily aid term on 24 November 2023 are:
        | reported                          | status    |
        | 200 trucks, 4 of them fuel or gas | COMPLIANT |

    Example: Read as 200 trucks a day with fuel included, sources that disagree about the same day leave the term contested
      Given aid trucks entered Gaza on 24 November 2023, as reported by:
        | publisher | trucks |
        | Monitor A | 200    |
        | Monitor B | 196    |
        | Monitor C | 215    |
      When the agreement is checked
      Then the daily aid term is CONTESTED on 24 November 2023, because its sources disagree
      And the accounts of the daily aid term on 24 November 2023 are:
        | reported   | status    | rests on a report by |
        | 200 trucks | COMPLIANT | Monitor A            |
        | 196 trucks | VIOLATED  | Monitor B            |
        | 215 trucks | COMPLIANT | Monitor C            |

    Example: Read as 200 trucks a day with fuel included, a claim that 200 trucks fell short is not supported
      Given 200 aid trucks entered Gaza on 25 November 2023, as reported by Monitor A
      And Hamas claims that Israel breached the daily aid term on 25 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the claim by Hamas against Israel about the daily aid term, reported by Monitor B, is NOT SUPPORTED

  Rule: Read as at least 200 trucks a day besides the trucks of fuel and cooking gas, 204 trucks with 4 fuel trucks among them meet the term and 200 with 4 fall short
    The clause index lists two holders of this reading: Hamas's press statement (via WAFA), which
    listed 200 trucks of relief and medical supplies and four trucks of fuel and cooking gas daily
    (paraphrase), and Egypt's State Information Service and Media-J, which gave 200 trucks a day,
    with diesel and cooking gas given apart, without saying whether those came besides the 200.
    Under this reading a truck that a report says carried fuel or cooking gas does not count toward
    the 200. How a count that does not say what its trucks carried, or says it of only some of them,
    is read under it is the subject of the next two rules. Each example keeps this reading only, as a
    what-if run with --reading T06=200-plus-fuel does.

    Illustration: invented figures from a placeholder monitor (Monitor A), not reports by any real
    body.

    Background:
      Given clause T06 has the reading "200-plus-fuel", which reads:
        """
        At least 200 trucks a day besides the trucks a report says carried fuel or cooking gas, which were stated apart.
        """
      And the reading "200-plus-fuel" of clause T06 is held by:
        | Hamas's press statement, via WAFA: 200 trucks of relief and medical supplies and four trucks of fuel and cooking gas daily (paraphrase) |
        | Egypt SIS and Media-J: 200 trucks a day, with diesel and cooking gas given apart (whether besides the 200 is not said)                  |
      And clause T06 is read only as "200-plus-fuel", its other readings set aside

    Example: Read as 200 trucks a day besides fuel, 204 trucks of which 4 carried fuel or cooking gas meet the term
      Given 204 aid trucks entered Gaza on 24 November 2023, 4 of them carrying fuel or cooking gas, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is COMPLIANT on 24 November 2023
      And the finding requires "at least 200 aid trucks entering Gaza besides trucks of fuel and cooking gas"
      And the accounts of the daily aid term on 24 November 2023 are:
        | reported                                       | status    |
        | 204 trucks, 4 of them fuel or gas: 200 counted | COMPLIANT |

    Example: Read as 200 trucks a day besides fuel, 200 trucks of which 4 carried fuel or cooking gas fall short
      Given 200 aid trucks entered Gaza on 24 November 2023, 4 of them carrying fuel or cooking gas, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is VIOLATED on 24 November 2023
      And the accounts of the daily aid term on 24 November 2023 are:
        | reported                                       | status   |
        | 200 trucks, 4 of them fuel or gas: 196 counted | VIOLATED |

    Example: Read as 200 trucks a day besides fuel, 200 trucks that the report says carried no fuel or cooking gas meet the term
      Given 200 aid trucks entered Gaza on 24 November 2023, none of them carrying fuel or cooking gas, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is COMPLIANT on 24 November 2023
      And the accounts of the daily aid term on 24 November 2023 are:
        | reported   | status    |
        | 200 trucks | COMPLIANT |

  Rule: Read as 200 trucks a day besides fuel, a count that does not say what its trucks carried can show the minimum missed but never met: 199 such trucks fall short, and 200 decide nothing
    Under this reading only the trucks besides those of fuel and cooking gas count toward the 200. A
    count that does not say how many of its trucks carried fuel or cooking gas cannot show 200 trucks
    besides those, since missing facts never make a term met; fewer than 200 trucks of any load show
    the minimum missed, whatever they carried. At 200 or more, such a count decides nothing under this
    reading: it forms no account, and the finding lists it among the reports that decide nothing, with
    why. A day with only such counts is UNDETERMINED under this reading, and says that no report
    decides it, not that a report is lacking. A count beside it that gives its fuel trucks, even as
    none, decides the day.

    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Background:
      Given clause T06 is read only as "200-plus-fuel", its other readings set aside

    Example: Read as 200 trucks a day besides fuel, 199 trucks whose loads are not given fall short
      Given 199 aid trucks entered Gaza on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is VIOLATED on 24 November 2023
      And the accounts of the daily aid term on 24 November 2023 are:
        | reported                          | status   |
        | 199 trucks, their loads not given | VIOLATED |

    Example: Read as 200 trucks a day besides fuel, 200 trucks whose loads are not given decide nothing, and the finding says why
      Given 200 aid trucks entered Gaza on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is UNDETERMINED on 24 November 2023
      And under the reading "200-plus-fuel", the report of Monitor A decides nothing about the daily aid term on 24 November 2023, because "200 trucks, their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those"
      And the finding says no report decides it, not that a report is lacking

    Example: Read as 200 trucks a day besides fuel, a count that gives its fuel trucks meets the term beside a higher count that decides nothing
      Given 215 aid trucks entered Gaza on 24 November 2023, as reported by Monitor A
      And 204 aid trucks entered Gaza on 24 November 2023, 4 of them carrying fuel or cooking gas, as reported by Monitor B
      When the agreement is checked
      Then the daily aid term is COMPLIANT on 24 November 2023
      And the accounts of the daily aid term on 24 November 2023 are:
        | reported                                       | status    | rests on a report by |
        | 204 trucks, 4 of them fuel or gas: 200 counted | COMPLIANT | Monitor B            |
      And under the reading "200-plus-fuel", the report of Monitor A decides nothing about the daily aid term on 24 November 2023, because "215 trucks, their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those"

    Example: Read as 200 trucks a day besides fuel, a count below 200 whose loads are not given falls short beside a higher count that decides nothing
      Given aid trucks entered Gaza on 24 November 2023, as reported by:
        | publisher | trucks |
        | Monitor A | 215    |
        | Monitor B | 196    |
      When the agreement is checked
      Then the daily aid term is VIOLATED on 24 November 2023
      And the accounts of the daily aid term on 24 November 2023 are:
        | reported                          | status   | rests on a report by |
        | 196 trucks, their loads not given | VIOLATED | Monitor B            |
      And under the reading "200-plus-fuel", the report of Monitor A decides nothing about the daily aid term on 24 November 2023, because "215 trucks, their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those"

  Rule: Read as 200 trucks a day besides fuel, a source whose reports give the loads of only some of its trucks decides the day only where every count those loads allow falls on one side of 200
    A source's reports of one day add up. Where some of them say how many of their trucks carried
    fuel or cooking gas and others do not, the trucks that count under this reading lie between two
    figures: at least all the source's trucks less the fuel trucks it names and less every truck of
    loads not given, any of which may have carried fuel; at most all its trucks less the fuel trucks
    it names, since none of the others may have. The source's count meets the term where the lower
    figure is 200 or more, falls short where the higher figure is below 200, and otherwise decides
    nothing under this reading: the finding lists it, with why. A report that does not give its loads
    never hides the fuel trucks another report of the same source names.

    Illustration: invented figures from a placeholder monitor (Monitor A), not reports by any real
    body. Each example has two reports by Monitor A of the same day: one that gives its fuel trucks,
    and one of 10 trucks whose loads are not given.

    Background:
      Given clause T06 is read only as "200-plus-fuel", its other readings set aside

    Example: Read as 200 trucks a day besides fuel, a source's 210 trucks with 10 of fuel and 10 more of loads not given count 200 to 210 and meet the term
      Given aid trucks entered Gaza on 24 November 2023, as reported by:
        | publisher | trucks | of them fuel or gas |
        | Monitor A | 210    | 10                  |
        | Monitor A | 10     | not given           |
      When the agreement is checked
      Then the daily aid term is COMPLIANT on 24 November 2023
      And the accounts of the daily aid term on 24 November 2023 are:
        | reported                                                                      | status    |
        | 220 trucks, 10 of them fuel or gas, 10 of loads not given: 200 to 210 counted | COMPLIANT |

    Example: Read as 200 trucks a day besides fuel, a source's 209 trucks with 10 of fuel and 10 more of loads not given count 199 to 209 and decide nothing
      Given aid trucks entered Gaza on 24 November 2023, as reported by:
        | publisher | trucks | of them fuel or gas |
        | Monitor A | 209    | 10                  |
        | Monitor A | 10     | not given           |
      When the agreement is checked
      Then the daily aid term is UNDETERMINED on 24 November 2023
      And under the reading "200-plus-fuel", the report of Monitor A decides nothing about the daily aid term on 24 November 2023, because "219 trucks, 10 of them fuel or gas, 10 of loads not given: 199 to 209 counted: not every report says how many carried fuel, so it cannot show 200 besides those"
      And the finding says no report decides it, not that a report is lacking

    Example: Read as 200 trucks a day besides fuel, a source's 200 trucks with 10 of fuel and 10 more of loads not given count 190 to 200 and decide nothing
      Given aid trucks entered Gaza on 24 November 2023, as reported by:
        | publisher | trucks | of them fuel or gas |
        | Monitor A | 200    | 10                  |
        | Monitor A | 10     | not given           |
      When the agreement is checked
      Then the daily aid term is UNDETERMINED on 24 November 2023
      And under the reading "200-plus-fuel", the report of Monitor A decides nothing about the daily aid term on 24 November 2023, because "210 trucks, 10 of them fuel or gas, 10 of loads not given: 190 to 200 counted: not every report says how many carried fuel, so it cannot show 200 besides those"
      And the finding says no report decides it, not that a report is lacking

    Example: Read as 200 trucks a day besides fuel, a source's 199 trucks with 10 of fuel and 10 more of loads not given count 189 to 199 and fall short
      Given aid trucks entered Gaza on 24 November 2023, as reported by:
        | publisher | trucks | of them fuel or gas |
        | Monitor A | 199    | 10                  |
        | Monitor A | 10     | not given           |
      When the agreement is checked
      Then the daily aid term is VIOLATED on 24 November 2023
      And the accounts of the daily aid term on 24 November 2023 are:
        | reported                                                                      | status   |
        | 209 trucks, 10 of them fuel or gas, 10 of loads not given: 189 to 199 counted | VIOLATED |

  Rule: Read as at least 300 trucks a day with fuel included, 300 trucks meet the term and 299 fall short
    The clause index lists two holders of this reading: Anadolu, citing Israeli media, which reported
    "300 trucks loaded with humanitarian aid, including fuel", and the Hamas official who spoke of "at
    least 200-300 trucks", taken at the upper figure of that range. Neither report gives the period of
    the 300; the reading takes it as a daily minimum, and says so. Each example keeps this reading
    only, as a what-if run with --reading T06=300-including-fuel does.

    Illustration: invented figures from a placeholder monitor (Monitor A), not reports by any real
    body.

    Background:
      Given clause T06 has the reading "300-including-fuel", which reads:
        """
        At least 300 trucks, fuel included, read as a daily minimum (the reports of 300 give no period).
        """
      And the reading "300-including-fuel" of clause T06 is held by:
        | Anadolu, citing Israeli media: "300 trucks ... including fuel", period not stated                                   |
        | a Hamas official: "at least 200-300 trucks ... including eight fuel trucks", at its upper figure, period not stated |
      And clause T06 is read only as "300-including-fuel", its other readings set aside

    Example: Read as 300 trucks a day with fuel included, exactly 300 trucks meet the term
      Given 300 aid trucks entered Gaza on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is COMPLIANT on 24 November 2023
      And the finding requires "at least 300 aid trucks entering Gaza, fuel trucks included"

    Example: Read as 300 trucks a day with fuel included, 299 trucks fall short
      Given 299 aid trucks entered Gaza on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is VIOLATED on 24 November 2023

    Example: Read as 300 trucks a day with fuel included, 300 trucks of which 4 carried fuel or cooking gas meet the term
      Given 300 aid trucks entered Gaza on 24 November 2023, 4 of them carrying fuel or cooking gas, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is COMPLIANT on 24 November 2023
      And the accounts of the daily aid term on 24 November 2023 are:
        | reported                          | status    |
        | 300 trucks, 4 of them fuel or gas | COMPLIANT |

  Rule: Read every way at once, as every check is unless a what-if keeps one reading, a finding is compliant or violated only if it is so under every reading, and otherwise contested by its readings
    A finding is COMPLIANT only if the term is met under every reading in force, and VIOLATED only if
    it is breached under every one; otherwise it is CONTESTED, and says that its readings are why. A
    reading under which no report decides the day is UNDETERMINED, shown beside the others, and
    disagrees with a reading under which the term is met or breached: missing facts under one reading
    never let the others make the term met, nor breached. Where the term is UNDETERMINED under every
    reading, so is the finding.

    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B, Monitor C), not
    reports by any real body.

    Example: 200 trucks whose loads are not given meet the reading of 200 with fuel included, decide nothing under the reading of 200 besides fuel, and fall short of 300, so the term is contested by its readings
      Given 200 aid trucks entered Gaza on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then under each reading, the daily aid term on 24 November 2023 is:
        | reading            | status       | held by                                                               | requires                                                                     |
        | 200-including-fuel | COMPLIANT    | a Hamas official … at its lower figure                                | at least 200 aid trucks entering Gaza, fuel trucks included                  |
        | 200-plus-fuel      | UNDETERMINED | Hamas's press statement, via WAFA; Egypt SIS and Media-J              | at least 200 aid trucks entering Gaza besides trucks of fuel and cooking gas |
        | 300-including-fuel | VIOLATED     | Anadolu, citing Israeli media; a Hamas official … at its upper figure | at least 300 aid trucks entering Gaza, fuel trucks included                  |
      And the daily aid term is CONTESTED on 24 November 2023, because its readings disagree
      And the accounts of the daily aid term on 24 November 2023 are:
        | reported   | under the reading  | status    |
        | 200 trucks | 200-including-fuel | COMPLIANT |
        | 200 trucks | 300-including-fuel | VIOLATED  |
      And under the reading "200-plus-fuel", the report of Monitor A decides nothing about the daily aid term on 24 November 2023, because "200 trucks, their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those"

    Example: 200 trucks of which 4 carried fuel or cooking gas meet only the reading that counts fuel trucks toward 200
      Given 200 aid trucks entered Gaza on 24 November 2023, 4 of them carrying fuel or cooking gas, as reported by Monitor A
      When the agreement is checked
      Then under each reading, the daily aid term on 24 November 2023 is:
        | reading            | status    | held by                                                               |
        | 200-including-fuel | COMPLIANT | a Hamas official … at its lower figure                                |
        | 200-plus-fuel      | VIOLATED  | Hamas's press statement, via WAFA; Egypt SIS and Media-J              |
        | 300-including-fuel | VIOLATED  | Anadolu, citing Israeli media; a Hamas official … at its upper figure |
      And the daily aid term is CONTESTED on 24 November 2023, because its readings disagree

    Example: A source's 260 trucks, 10 of them of fuel and 10 more of loads not given, meet both readings of 200 and fall short of 300, so the term is contested by its readings
      Given aid trucks entered Gaza on 24 November 2023, as reported by:
        | publisher | trucks | of them fuel or gas |
        | Monitor A | 250    | 10                  |
        | Monitor A | 10     | not given           |
      When the agreement is checked
      Then the daily aid term is CONTESTED on 24 November 2023, because its readings disagree
      And the accounts of the daily aid term on 24 November 2023 are:
        | reported                                                                      | under the reading  | status    |
        | 260 trucks, 10 of them fuel or gas                                            | 200-including-fuel | COMPLIANT |
        | 260 trucks, 10 of them fuel or gas, 10 of loads not given: 240 to 250 counted | 200-plus-fuel      | COMPLIANT |
        | 260 trucks, 10 of them fuel or gas                                            | 300-including-fuel | VIOLATED  |

    Example: 199 trucks, whatever they carried, fall short under every reading, so the term is violated
      Given 199 aid trucks entered Gaza on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is VIOLATED on 24 November 2023
      And under the reading "200-including-fuel" the daily aid term is VIOLATED on 24 November 2023
      And under the reading "200-plus-fuel" the daily aid term is VIOLATED on 24 November 2023
      And under the reading "300-including-fuel" the daily aid term is VIOLATED on 24 November 2023

    Example: 300 trucks that the report says carried no fuel or cooking gas meet the term under every reading
      Given 300 aid trucks entered Gaza on 24 November 2023, none of them carrying fuel or cooking gas, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is COMPLIANT on 24 November 2023
      And under the reading "200-including-fuel" the daily aid term is COMPLIANT on 24 November 2023
      And under the reading "200-plus-fuel" the daily aid term is COMPLIANT on 24 November 2023
      And under the reading "300-including-fuel" the daily aid term is COMPLIANT on 24 November 2023

    Example: 300 trucks whose loads are not given meet the readings that count every truck and decide nothing under the reading that sets fuel apart, so the term is contested by its readings, not compliant
      Given 300 aid trucks entered Gaza on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then under each reading, the daily aid term on 24 November 2023 is:
        | reading            | status       | held by                                                               |
        | 200-including-fuel | COMPLIANT    | a Hamas official … at its lower figure                                |
        | 200-plus-fuel      | UNDETERMINED | Hamas's press statement, via WAFA; Egypt SIS and Media-J              |
        | 300-including-fuel | COMPLIANT    | Anadolu, citing Israeli media; a Hamas official … at its upper figure |
      And the daily aid term is CONTESTED on 24 November 2023, because its readings disagree
      And the finding's summary counts "2 accounts; 1 report decides nothing"
      And under the reading "200-plus-fuel", the report of Monitor A decides nothing about the daily aid term on 24 November 2023, because "300 trucks, their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those"

    Example: Sources that disagree about the same day, read every way, leave the term contested by its readings and its sources; read as 200 besides fuel, only the count below 200 decides
      Given aid trucks entered Gaza on 24 November 2023, as reported by:
        | publisher | trucks |
        | Monitor A | 200    |
        | Monitor B | 196    |
        | Monitor C | 215    |
      When the agreement is checked
      Then the daily aid term is CONTESTED on 24 November 2023, because both its readings and its sources disagree
      And under the reading "200-including-fuel" the daily aid term is CONTESTED on 24 November 2023
      And under the reading "200-plus-fuel" the daily aid term is VIOLATED on 24 November 2023
      And under the reading "300-including-fuel" the daily aid term is VIOLATED on 24 November 2023
      And under the reading "200-plus-fuel", these reports decide nothing about the daily aid term on 24 November 2023:
        | report by | because                                                                                                               |
        | Monitor A | 200 trucks, their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those |
        | Monitor C | 215 trucks, their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those |

    Example: A day with no count of the trucks that entered is undetermined under every reading, never compliant
      Given 200 aid trucks entered Gaza on 24 November 2023, as reported by Monitor A
      And no count of the aid trucks that entered Gaza on 27 November 2023 was reported
      When the agreement is checked
      Then the daily aid term is UNDETERMINED on 27 November 2023
      And the finding says it lacks "a report of the aid trucks that entered Gaza that day"
      And under the reading "200-including-fuel" the daily aid term is UNDETERMINED on 27 November 2023
      And under the reading "200-plus-fuel" the daily aid term is UNDETERMINED on 27 November 2023
      And under the reading "300-including-fuel" the daily aid term is UNDETERMINED on 27 November 2023

    Example: Every pause day is judged, even one without any report
      When the agreement is checked
      Then the daily aid term is UNDETERMINED on 25 November 2023
      And the daily aid term is UNDETERMINED on 26 November 2023

    Example: A claim that the trucks fell short is supported when every account shows fewer than 200
      Given 199 aid trucks entered Gaza on 25 November 2023, as reported by Monitor A
      And Hamas claims that Israel breached the daily aid term on 25 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the claim by Hamas against Israel about the daily aid term, reported by Monitor B, is SUPPORTED

    Example: A claim that 200 trucks fell short is contested, since they meet the reading of 200 with fuel included and fall short of that of 300
      Given 200 aid trucks entered Gaza on 25 November 2023, as reported by Monitor A
      And Hamas claims that Israel breached the daily aid term on 25 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the claim by Hamas against Israel about the daily aid term, reported by Monitor B, is CONTESTED

  Rule: Read as at least 200 trucks a day with the fuel trucks counted among them, a figure for part of a day can show the minimum met but never missed, and an upper bound can show it missed but never met
    A figure for part of a day ("187 had entered by 19:00") says only that at least that many trucks
    entered that day: more may have entered later. At or above 200 it shows the minimum met; below
    200 it cannot show that the day fell short, so it forms no account and the finding lists it among
    the reports that decide nothing, with why. An upper bound ("at most 250") is the reverse: below
    200 it shows the minimum missed, at or above it decides nothing. Such a figure is never added to
    the same source's other reports of the day, since it may count the same trucks again.

    Illustration: invented figures from placeholder monitors (Monitor A), not reports by any real body.

    Background:
      Given clause T06 is read only as "200-including-fuel", its other readings set aside

    Example: 200 trucks that had entered by evening show the daily minimum met
      Given 200 aid trucks had entered Gaza by 19:00 on 25 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is COMPLIANT on 25 November 2023
      And the accounts of the daily aid term on 25 November 2023 are:
        | reported              | status    |
        | at least 200 trucks   | COMPLIANT |

    Example: 199 trucks that had entered by evening cannot show that the day fell short, and the finding says why
      Given 199 aid trucks had entered Gaza by 19:00 on 25 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is UNDETERMINED on 25 November 2023
      And under the reading "200-including-fuel", the report of Monitor A decides nothing about the daily aid term on 25 November 2023, because "at least 199 trucks: a figure for part of the day cannot show that fewer than 200 entered in all"
      And the finding says no report decides it, not that a report is lacking

    Example: At most 199 trucks show the daily minimum missed
      Given at most 199 aid trucks entered Gaza on 25 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is VIOLATED on 25 November 2023
      And the accounts of the daily aid term on 25 November 2023 are:
        | reported           | status   |
        | at most 199 trucks | VIOLATED |

    Example: At most 200 trucks cannot show the daily minimum met, and the finding says why
      Given at most 200 aid trucks entered Gaza on 25 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is UNDETERMINED on 25 November 2023
      And under the reading "200-including-fuel", the report of Monitor A decides nothing about the daily aid term on 25 November 2023, because "at most 200 trucks: an upper bound cannot show that 200 entered"

    Example: A figure for part of the day is not added to the same monitor's count of the day
      Given 120 aid trucks entered Gaza on 25 November 2023, as reported by Monitor A
      And 100 aid trucks had entered Gaza by 19:00 on 25 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is VIOLATED on 25 November 2023
      And the accounts of the daily aid term on 25 November 2023 are:
        | reported   | status   |
        | 120 trucks | VIOLATED |
      And the finding's summary counts "1 report decides nothing"

  Rule: Read every way at once, a figure for part of a day or an upper bound decides under each reading only where it can
    Each reading sets its own minimum, so the same bound may decide under one reading and not under
    another: 250 trucks by evening show 200 met, but cannot show that fewer than 300 entered.

    Illustration: invented figures from placeholder monitors (Monitor A), not reports by any real body.

    Example: 250 trucks without fuel that had entered by evening meet both minimums of 200, and decide nothing about 300
      Given 250 aid trucks, none of them carrying fuel or cooking gas, had entered Gaza by 19:00 on 25 November 2023, as reported by Monitor A
      When the agreement is checked
      Then under the reading "200-including-fuel" the daily aid term is COMPLIANT on 25 November 2023
      And under the reading "200-plus-fuel" the daily aid term is COMPLIANT on 25 November 2023
      And under the reading "300-including-fuel" the daily aid term is UNDETERMINED on 25 November 2023
      And under the reading "300-including-fuel", the report of Monitor A decides nothing about the daily aid term on 25 November 2023, because "at least 250 trucks: a figure for part of the day cannot show that fewer than 300 entered in all"

    Example: 190 trucks without fuel that had entered by evening decide nothing under any reading
      Given 190 aid trucks, none of them carrying fuel or cooking gas, had entered Gaza by 19:00 on 25 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is UNDETERMINED on 25 November 2023
      And under the reading "200-plus-fuel", the report of Monitor A decides nothing about the daily aid term on 25 November 2023, because "at least 190 trucks: a figure for part of the day cannot show that fewer than 200 entered in all"
      And under the reading "200-including-fuel", the report of Monitor A decides nothing about the daily aid term on 25 November 2023, because "at least 190 trucks: a figure for part of the day cannot show that fewer than 200 entered in all"

    Example: At most 250 trucks without fuel fall short of 300, and decide nothing about 200
      Given at most 250 aid trucks, none of them carrying fuel or cooking gas, entered Gaza on 25 November 2023, as reported by Monitor A
      When the agreement is checked
      Then under the reading "300-including-fuel" the daily aid term is VIOLATED on 25 November 2023
      And under the reading "200-including-fuel" the daily aid term is UNDETERMINED on 25 November 2023
      And under the reading "200-plus-fuel" the daily aid term is UNDETERMINED on 25 November 2023
      And under the reading "200-plus-fuel", the report of Monitor A decides nothing about the daily aid term on 25 November 2023, because "at most 250 trucks: an upper bound cannot show that 200 entered"

    Example: At most 190 trucks without fuel fall short under every reading
      Given at most 190 aid trucks, none of them carrying fuel or cooking gas, entered Gaza on 25 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is VIOLATED on 25 November 2023
      And under the reading "200-plus-fuel" the daily aid term is VIOLATED on 25 November 2023

    Example: At most 300 trucks decide nothing about a minimum of 300
      Given at most 300 aid trucks entered Gaza on 25 November 2023, as reported by Monitor A
      When the agreement is checked
      Then under the reading "300-including-fuel" the daily aid term is UNDETERMINED on 25 November 2023
      And under the reading "300-including-fuel", the report of Monitor A decides nothing about the daily aid term on 25 November 2023, because "at most 300 trucks: an upper bound cannot show that 300 entered"

  Rule: A total over several days can show that one of them fell short of the daily minimum, never that every one of them met it
    Some sources gave only a total over several days ("248 trucks since Friday"). The clause sets a
    minimum for each day, so a total below the days times the minimum shows that at least one of
    those days fell short, though not which; a total at or above it cannot show that every day met
    the minimum, since one day may have had more and another less: it forms no account, and the
    finding lists it among the reports that decide nothing, with why. Such a total gives a finding
    of its own, over the days it covers; the findings of each day are left as they were. A source
    that reported each day of the period gives that finding its own days' outcome: short if any day
    fell short. Each reading sets its own minimum.

    Illustration: invented figures from placeholder monitors (Monitor A, Monitor B), not reports by
    any real body.

    Example: 399 trucks over two days show that one of them fell short of 200, and the findings of each day stay undetermined
      Given 399 aid trucks entered Gaza from 24 November 2023 to 25 November 2023 in all, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is VIOLATED over 24 November 2023 to 25 November 2023
      And under the reading "200-including-fuel", the report of Monitor A over 24 November 2023 to 25 November 2023 shows the daily aid term VIOLATED: "399 trucks over 2 days: fewer than 2 × 200, so at least one day fell short"
      And the daily aid term is UNDETERMINED on 24 November 2023
      And the daily aid term is UNDETERMINED on 25 November 2023

    Example: 400 trucks over two days cannot show that each of them had 200
      Given 400 aid trucks entered Gaza from 24 November 2023 to 25 November 2023 in all, as reported by Monitor A
      When the agreement is checked
      Then under the reading "200-including-fuel" the daily aid term is UNDETERMINED over 24 November 2023 to 25 November 2023
      And under the reading "200-plus-fuel" the daily aid term is UNDETERMINED over 24 November 2023 to 25 November 2023
      And under the reading "200-including-fuel", the report of Monitor A over 24 November 2023 to 25 November 2023 decides nothing about the daily aid term, because "400 trucks over 2 days: a total of 2 × 200 or more cannot show that every day had 200"
      And under the reading "300-including-fuel" the daily aid term is VIOLATED over 24 November 2023 to 25 November 2023

    Example: A running total given before the period ended is a lower bound, and cannot show that a day fell short
      Given 340 aid trucks had entered Gaza from 24 November 2023 to the time of the report on 25 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is UNDETERMINED over 24 November 2023 to 25 November 2023
      And under the reading "300-including-fuel", the report of Monitor A over 24 November 2023 to 25 November 2023 decides nothing about the daily aid term, because "at least 340 trucks over 2 days: a lower bound cannot show that fewer than 2 × 300 entered"

    Example: A monitor's own counts of each day meet 200 over the period beside another's total that falls short, so the period is contested
      Given 200 aid trucks entered Gaza on 24 November 2023, none of them carrying fuel or cooking gas, as reported by Monitor B
      And 200 aid trucks entered Gaza on 25 November 2023, none of them carrying fuel or cooking gas, as reported by Monitor B
      And 248 aid trucks entered Gaza from 24 November 2023 to 25 November 2023 in all, as reported by Monitor A
      When the agreement is checked
      Then under the reading "200-including-fuel" the daily aid term is CONTESTED over 24 November 2023 to 25 November 2023
      And under the reading "200-plus-fuel" the daily aid term is CONTESTED over 24 November 2023 to 25 November 2023
      And under the reading "200-plus-fuel", the report of Monitor B over 24 November 2023 to 25 November 2023 shows the daily aid term COMPLIANT: "its own figure for each of the 2 days: no day short"
      And under the reading "200-including-fuel", the report of Monitor B over 24 November 2023 to 25 November 2023 shows the daily aid term COMPLIANT: "its own figure for each of the 2 days: no day short"
      And under the reading "300-including-fuel", the report of Monitor B over 24 November 2023 to 25 November 2023 shows the daily aid term VIOLATED: "its own figure for each of the 2 days: at least one day short"

    Example: A monitor's own counts of 300 on each day meet every reading over the period, beside another's total that decides nothing
      Given 300 aid trucks entered Gaza on 24 November 2023, none of them carrying fuel or cooking gas, as reported by Monitor B
      And 300 aid trucks entered Gaza on 25 November 2023, none of them carrying fuel or cooking gas, as reported by Monitor B
      And 600 aid trucks entered Gaza from 24 November 2023 to 25 November 2023 in all, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is COMPLIANT over 24 November 2023 to 25 November 2023
      And under the reading "300-including-fuel", the report of Monitor A over 24 November 2023 to 25 November 2023 decides nothing about the daily aid term, because "600 trucks over 2 days: a total of 2 × 300 or more cannot show that every day had 300"

    Example: A monitor whose own count of one day of the period falls short shows the period short, whatever another's total
      Given 200 aid trucks entered Gaza on 24 November 2023, none of them carrying fuel or cooking gas, as reported by Monitor B
      And 199 aid trucks entered Gaza on 25 November 2023, none of them carrying fuel or cooking gas, as reported by Monitor B
      And 450 aid trucks entered Gaza from 24 November 2023 to 25 November 2023 in all, as reported by Monitor A
      When the agreement is checked
      Then the daily aid term is VIOLATED over 24 November 2023 to 25 November 2023
      And under the reading "200-plus-fuel", the report of Monitor B over 24 November 2023 to 25 November 2023 shows the daily aid term VIOLATED: "its own figure for each of the 2 days: at least one day short"

  Rule: On the bundled reports, each reading is set beside the others, day by day

    The bundled reports have one or more counts of the trucks that entered Gaza on 24, 25, 26, 28 and
    29 November, and none on 27 and 30 November. The count of 28 November, by the media director of
    the Rafah crossing (Gaza side), via Anadolu, has four fuel trucks among its 200: see the dispute of
    28 November.

    Two counts give their tankers of fuel and cooking gas apart from 200 trucks: COGAT's of 24
    November (200 truckloads of humanitarian aid, via VFI News; another report, by energyinternat,
    attributes to COGAT 4 fuel and 4 cooking-gas tankers that day, given apart), and the count of 29
    November (200 trucks, and apart from them 4 diesel and 4 cooking-gas tankers). The fact set enters
    each 200 with none of them fuel trucks, so every reading counts 200, and the reading that sets
    fuel apart is decided by them. Were the tankers counted in, each day would have 208 trucks, which
    changes no status under any reading; were the 200 entered with their loads not given, they would
    decide nothing under the reading that sets fuel apart.

    The other counts of 24, 25 and 26 November do not say how many of their trucks carried fuel or
    cooking gas. Under the reading that sets fuel apart, 24 November is contested by its sources:
    COGAT's 200 with no fuel trucks among them meet the term, the Palestine Red Crescent's 196 (via
    Daily Post Nigeria), the one count below 200, shows it missed whatever its trucks carried, and the
    four other counts, of 200 and 215, decide nothing. On 25 and 26 November, with one count of 200
    each, no report decides the day under that reading.

    Background:
      Given the bundled reports of the November 2023 pause
      When the agreement is checked

    Example: Read as 200 trucks a day with fuel included, every day of the bundled reports with one count meets the term
      Then under the reading "200-including-fuel", the daily aid term on each pause day is:
        | date             | status       |
        | 24 November 2023 | CONTESTED    |
        | 25 November 2023 | COMPLIANT    |
        | 26 November 2023 | COMPLIANT    |
        | 27 November 2023 | UNDETERMINED |
        | 28 November 2023 | COMPLIANT    |
        | 29 November 2023 | COMPLIANT    |
        | 30 November 2023 | UNDETERMINED |

    Example: Read as 200 trucks a day besides fuel, 24 November of the bundled reports is contested, 28 November falls short, no report decides 25 and 26 November, and 29 November meets the term
      Then under the reading "200-plus-fuel", the daily aid term on each pause day is:
        | date             | status       |
        | 24 November 2023 | CONTESTED    |
        | 25 November 2023 | UNDETERMINED |
        | 26 November 2023 | UNDETERMINED |
        | 27 November 2023 | UNDETERMINED |
        | 28 November 2023 | VIOLATED     |
        | 29 November 2023 | COMPLIANT    |
        | 30 November 2023 | UNDETERMINED |

    Example: Read as 200 trucks a day besides fuel, COGAT's 200 with no fuel trucks among them meet 24 November of the bundled reports, the count of 196 falls short, and the four other counts, whose loads are not given, decide nothing
      Then under the reading "200-plus-fuel" the daily aid term is CONTESTED on 24 November 2023
      And the accounts of the daily aid term on 24 November 2023 are:
        | reported                          | under the reading  | status    | rests on a report by |
        | 200 trucks                        | 200-including-fuel | COMPLIANT | COGAT                |
        | 215 trucks                        | 200-including-fuel | COMPLIANT | La Regione           |
        | 196 trucks                        | 200-including-fuel | VIOLATED  | PRCS                 |
        | 200 trucks                        | 200-plus-fuel      | COMPLIANT | COGAT                |
        | 196 trucks, their loads not given | 200-plus-fuel      | VIOLATED  | PRCS                 |
        | 200 trucks                        | 300-including-fuel | VIOLATED  | COGAT                |
        | 215 trucks                        | 300-including-fuel | VIOLATED  | La Regione           |
        | 196 trucks                        | 300-including-fuel | VIOLATED  | PRCS                 |
      And the finding's summary counts "14 accounts; 7 reports decide nothing"
      And under the reading "200-plus-fuel", these reports decide nothing about the daily aid term on 24 November 2023:
        | report by        | because                                                                                                               |
        | Rafah crossing   | at least 90 trucks, their loads not given: a figure for part of the day cannot show that fewer than 200 entered in all |
        | MENAFN           | 200 trucks, their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those |
        | Yahoo / Storyful | 200 trucks, their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those |
        | Ahram Online     | 200 trucks, their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those |
        | La Regione       | 215 trucks, their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those |

    Example: Kept to the reading 200-plus-fuel alone, as a what-if, 24 November of the bundled reports is contested by its sources
      Given clause T06 is read only as "200-plus-fuel", its other readings set aside
      When the agreement is checked
      Then the daily aid term is CONTESTED on 24 November 2023, because its sources disagree
      And the accounts of the daily aid term on 24 November 2023 are:
        | reported                          | status    | rests on a report by |
        | 200 trucks                        | COMPLIANT | COGAT                |
        | 196 trucks, their loads not given | VIOLATED  | PRCS                 |
      And the finding's summary counts "2 accounts; 5 reports decide nothing"
      And the report says it is a what-if: "what-if: clause T06 read only as 200-plus-fuel, its other readings set aside"

    Example: OCHA's 187 trucks that had entered by 19:00 on 25 November decide nothing under any reading of the bundled reports
      Then under the reading "200-including-fuel", the report of UN OCHA decides nothing about the daily aid term on 25 November 2023, because "at least 187 trucks: a figure for part of the day cannot show that fewer than 200 entered in all"
      And under the reading "300-including-fuel", the report of UN OCHA decides nothing about the daily aid term on 25 November 2023, because "at least 187 trucks: a figure for part of the day cannot show that fewer than 300 entered in all"
      And under the reading "200-including-fuel" the daily aid term is COMPLIANT on 25 November 2023

    Example: Read as 200 trucks a day besides fuel, no report decides 25 or 26 November of the bundled reports, each day's one count of 200 not saying what its trucks carried
      Then under the reading "200-plus-fuel", the report of the Egyptian Red Crescent decides nothing about the daily aid term on 25 November 2023, because "200 trucks, their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those"
      And under the reading "200-plus-fuel", the report of COGAT decides nothing about the daily aid term on 26 November 2023, because "200 trucks, their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those"
      And under the reading "200-plus-fuel" the daily aid term is UNDETERMINED on 26 November 2023

    Example: Read as 300 trucks a day with fuel included, every day of the bundled reports with a count falls short
      Then under the reading "300-including-fuel", the daily aid term on each pause day is:
        | date             | status       |
        | 24 November 2023 | VIOLATED     |
        | 25 November 2023 | VIOLATED     |
        | 26 November 2023 | VIOLATED     |
        | 27 November 2023 | UNDETERMINED |
        | 28 November 2023 | VIOLATED     |
        | 29 November 2023 | VIOLATED     |
        | 30 November 2023 | UNDETERMINED |

    Example: The trucks of 24 and 25 November, as the bundled reports stand; Hamas's count of 65 of 340 reaching the north is a claim about the north
      Then the claim by Hamas against Israel about clause T06A, reported by Daily Mail, is UNDETERMINED
      And the daily aid term is CONTESTED on 24 November 2023, because both its readings and its sources disagree
      And the daily aid term is CONTESTED on 25 November 2023, because its readings disagree
      And the daily aid term is CONTESTED on 26 November 2023, because its readings disagree
      And the daily aid term is CONTESTED on 28 November 2023, because its readings disagree
      And the daily aid term is CONTESTED on 29 November 2023, because its readings disagree
