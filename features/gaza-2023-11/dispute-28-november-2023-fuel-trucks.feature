@gaza-2023-11 @dispute @fuel-trucks-28-november
Feature: The trucks of 28 November 2023: 200, four of them fuel trucks
  On Tuesday 28 November 2023, the fifth day of the pause, the media director of the Rafah crossing
  (Gaza side) said that 200 trucks had entered Gaza through the crossing, four of them fuel trucks
  (Anadolu, via MENAFN). It is the one count of that day's entries in this fact set. COGAT's figure
  for the day, 200 trucks and 4 containers inspected at Nitzana before dispatch to Gaza (via Yahoo /
  Storyful), is a figure of inspection and dispatch, not of entries, and is kept as a note, as
  reports of trucks to the north only are.

  Whether the four fuel trucks count toward the daily number depends on how the clause is read, and
  the reports of the clause differ on it. Hamas's press statement (via WAFA) listed 200 trucks of
  relief and medical supplies and four trucks of fuel and cooking gas daily (paraphrase), the fuel
  trucks stated apart from the 200. Egypt's State Information Service and Media-J gave 200 trucks a
  day with diesel and cooking gas given apart, without saying whether those came besides the 200.
  The Times of Israel reported "Israel's commitments to allow in 200 trucks of aid for every day of
  the temporary truce", words that do not say whether fuel trucks are among the 200, so the clause
  index lists it under no reading. A Hamas official spoke of "at least 200-300 trucks ... including
  eight fuel trucks", and Anadolu, citing Israeli media, of "300 trucks ... including fuel", neither
  giving the period of the 300. No statement by either party on how the count of 28 November should
  be read was found, and this fact set has no claim about the trucks of that day.

  The checker reads the clause in each of the three ways the clause index records, side by side,
  and makes none of them the default. Because the count of 28 November says how many of its trucks
  carried fuel, it decides the day under each reading, the one that sets fuel trucks apart included;
  a count that does not say what its trucks carried can, under that reading, show the minimum missed
  but never met. What follows is what each reading says of the count of 28 November, on the reports
  bundled with the checker.

  Background:
    Given the bundled reports of the November 2023 pause
    When the agreement is checked

  Rule: 200 trucks with four fuel trucks among them meet the reading that counts fuel trucks toward 200, and fall short of the reading that counts them apart and of the reading of 300

    Example: Read three ways, the count of 28 November 2023 leaves the daily aid term contested by its readings
      Then under each reading, the daily aid term on 28 November 2023 is:
        | reading            | status    | held by                                                               | requires                                                                     |
        | 200-including-fuel | COMPLIANT | a Hamas official … at its lower figure                                | at least 200 aid trucks entering Gaza, fuel trucks included                  |
        | 200-plus-fuel      | VIOLATED  | Hamas's press statement, via WAFA; Egypt SIS and Media-J              | at least 200 aid trucks entering Gaza besides trucks of fuel and cooking gas |
        | 300-including-fuel | VIOLATED  | Anadolu, citing Israeli media; a Hamas official … at its upper figure | at least 300 aid trucks entering Gaza, fuel trucks included                  |
      And the daily aid term is CONTESTED on 28 November 2023, because its readings disagree

    Example: Under each reading, the account of 28 November 2023 rests on the Rafah crossing's count
      Then the accounts of the daily aid term on 28 November 2023 are:
        | reported                                       | under the reading  | status    | rests on a report by                      |
        | 200 trucks, 4 of them fuel or gas              | 200-including-fuel | COMPLIANT | Rafah crossing (Gaza side) media director |
        | 200 trucks, 4 of them fuel or gas: 196 counted | 200-plus-fuel      | VIOLATED  | Rafah crossing (Gaza side) media director |
        | 200 trucks, 4 of them fuel or gas              | 300-including-fuel | VIOLATED  | Rafah crossing (Gaza side) media director |

    Scenario Outline: Kept to the reading <reading> alone, as a what-if, the trucks of 28 November 2023 are <status>
      Given clause T06 is read only as "<reading>", its other readings set aside
      When the agreement is checked
      Then the daily aid term is <status> on 28 November 2023
      And the report says it is a what-if: "what-if: clause T06 read only as <reading>, its other readings set aside"

      Examples:
        | reading            | status    |
        | 200-including-fuel | COMPLIANT |
        | 200-plus-fuel      | VIOLATED  |
        | 300-including-fuel | VIOLATED  |

  Rule: The four fuel trucks are a count of trucks, not of litres, so the daily fuel term has no account on 28 November

    Example: The daily fuel term is undetermined on 28 November 2023
      Then the daily fuel term is UNDETERMINED on 28 November 2023
      And the finding says it lacks "a report of the litres of fuel that entered Gaza that day"
