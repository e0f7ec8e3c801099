@gaza-2025-01 @term @rafah-wounded
Feature: P1-18 Rafah crossing for the sick and wounded
  As reported, the Rafah crossing was to open for the sick and wounded. When is reported two ways:
  after all women are released (a compilation of BBC, New York Times and Al Jazeera reports, by
  Sweden Herald), or "seven days after the start" (TRT World). Neither party's statement of the
  trigger was found. The numbers differ too: 50 wounded a day (Al Mayadeen), or 200 exits a day
  including 50 wounded fighters, for 28 days (Israeli media, via All Israel News); no neutral
  daily count of exits was found to compare them with, so they are not modelled. Egypt and the EU
  mission at the crossing take part in it; Israel is the party bound, as reported.

  The clause index records the two triggers as readings, each with who holds it, and the checker
  evaluates both side by side, making neither the default. Each reading sets its own day due and
  has its own finding on that day; on the day the other reading sets, it judges nothing. Each
  source's first report of the crossing opening is one account: opened on or before the day due
  meets the term, opened only after it breaches it. In this agreement's reports an opened crossing
  is Rafah, the only crossing whose opening is a clause. Where no source reported the crossing
  opening, the finding is UNDETERMINED.

  Illustration: invented reports from placeholder monitors (Monitor A, Monitor B), not reports by
  any real body.

  Background:
    Given clause P1-18, "Rafah crossing for the sick and wounded", reads, in the words of BBC, The New York Times, Al Jazeera, TRT World, Al Mayadeen and Israeli media:
      """
      the Rafah crossing opens for the sick and wounded after all women are released (BBC, The New York Times and Al Jazeera, compiled by Sweden Herald, paraphrase) or "seven days after the start" (TRT World); 50 wounded a day (Al Mayadeen); 200 exits a day including 50 wounded fighters, for 28 days (Israeli media, via All Israel News)
      """
    And the accounts of clause P1-18 differ
    And clause P1-18 has the readings "after-all-women-released" and "seven-days-after-start", and no other

  Rule: Read as seven days after the start, Rafah opened on Day 8 meets the term and opened on Day 9 does not
    TRT World holds this reading. Seven days after the start is counted from Day 1, 19 January 2025:
    the day due is Day 8, 26 January (rafah-wounded.days-after-start). Each example keeps this
    reading only, as a what-if run with --reading P1-18=seven-days-after-start does.

    Background:
      Given clause P1-18 has the reading "seven-days-after-start", which reads:
        """
        Rafah opens for the sick and wounded seven days after the ceasefire starts: by Day 8, 26 January, seven days after Day 1 (rafah-wounded.days-after-start).
        """
      And the reading "seven-days-after-start" of clause P1-18 is held by:
        | TRT World: "seven days after the start" of the ceasefire |
      And clause P1-18 is read only as "seven-days-after-start", its other readings set aside

    Example: Read as seven days after the start, Rafah opened on Day 8 meets the term
      Given Monitor A reported that the crossing opened on 26 January 2025, at a time not given
      When the agreement is checked
      Then the Rafah crossing term is COMPLIANT on 26 January 2025
      And the Rafah crossing term binds Israel
      And the finding requires "the Rafah crossing open for the sick and wounded 7 days after the first day of the phase (Day 1)"

    Example: Read as seven days after the start, Rafah opened first on Day 9 breaches the term
      Given Monitor A reported that the crossing opened at 10:00 on 27 January 2025
      When the agreement is checked
      Then the Rafah crossing term is VIOLATED on 26 January 2025
      And the accounts of the Rafah crossing term on 26 January 2025 are:
        | reported                                                                                  | status   |
        | Rafah crossing opened at 10:00 on 27 January 2025: 1 day after 26 January 2025, the day due | VIOLATED |

    Example: Read as seven days after the start, with no report of Rafah opening the term is undetermined
      When the agreement is checked
      Then the Rafah crossing term is UNDETERMINED on 26 January 2025
      And the finding says it lacks "a report of the day the Rafah crossing opened"

  Rule: Read as after all women are released, Rafah opened within seven days of the last woman reported released meets the term, and later decides nothing
    A compilation of BBC, New York Times and Al Jazeera reports holds this reading. The reports give
    no time between the last woman's release and the opening; the clause index sets seven days
    (rafah-wounded.days-after-women), the interval between the deal's weekly releases, and says that
    it is the compiler's choice. The last woman's release is the last pause day on which a living
    woman of the deal, civilian or soldier, was reported released; a body returned is not counted.
    Each example keeps this reading only.

    Background:
      Given clause P1-18 has the reading "after-all-women-released", which reads:
        """
        Rafah opens for the sick and wounded once every living woman of the deal, civilian or soldier, has been released: within seven days of the pause day on which the last of them was released (rafah-wounded.days-after-women). The reports give no time after the releases; seven days, the interval between the deal's weekly releases, is the compiler's choice.
        """
      And the reading "after-all-women-released" of clause P1-18 is held by:
        | a compilation of BBC, New York Times and Al Jazeera reports (Sweden Herald): Rafah opens after all women are released |
      And clause P1-18 is read only as "after-all-women-released", its other readings set aside
      And 2 civilian women were released alive in the deal on 19 January 2025, as reported by Monitor B
      And 1 female soldier was released alive in the deal on 30 January 2025, as reported by Monitor B
      And 3 civilian men were released alive in the deal on 1 February 2025, as reported by Monitor B

    Example: Read as after all women are released, Rafah opened seven days after the last woman's release meets the term
      Given Monitor A reported that the crossing opened on 6 February 2025, at a time not given
      When the agreement is checked
      Then the Rafah crossing term is COMPLIANT on 6 February 2025
      And the finding requires "the Rafah crossing open for the sick and wounded within 7 days of the last living woman of the deal released on 30 January 2025 (as reported by monitor-b)"

    Example: Read as after all women are released, Rafah opened first eight days after the last woman reported released cannot show the term missed
      Given Monitor A reported that the crossing opened on 7 February 2025, at a time not given
      When the agreement is checked
      Then the Rafah crossing term is UNDETERMINED on 6 February 2025
      And under the reading "after-all-women-released", the report of Monitor A decides nothing about the Rafah crossing term on 6 February 2025, because "Rafah crossing opened on 7 February 2025, at a time not given: 1 day after 6 February 2025, the day due: the reports do not say that no living woman of the deal was still held then, and a later release would move the day due"
      And the Rafah crossing term has no finding on 30 January 2025

    Example: Read as after all women are released, Rafah opened seven days after the last woman's release meets the term, whatever woman's body was returned later
      Given the bodies of 1 civilian woman were returned in the deal on 21 February 2025, as reported by Monitor B
      And Monitor A reported that the crossing opened on 6 February 2025, at a time not given
      When the agreement is checked
      Then the Rafah crossing term is COMPLIANT on 6 February 2025
      And the Rafah crossing term has no finding on 28 February 2025

    Example: Read as after all women are released, with no report of Rafah opening the term is undetermined
      When the agreement is checked
      Then the Rafah crossing term is UNDETERMINED on 6 February 2025

  Rule: Side by side, each reading judges the term on its own day due and nothing on the other's

    Example: Rafah opened two days after the last woman's release is late under one reading and in time under the other
      Given 1 female soldier was released alive in the deal on 30 January 2025, as reported by Monitor B
      And Monitor A reported that the crossing opened on 1 February 2025, at a time not given
      When the agreement is checked
      Then under the reading "seven-days-after-start" the Rafah crossing term is VIOLATED on 26 January 2025
      And under the reading "after-all-women-released" the Rafah crossing term is COMPLIANT on 6 February 2025

  Rule: On the bundled reports, Rafah opened on 1 February: late under the reading of seven days after the start, in time under the reading of the women's release
    The Gaza health ministry (via Firstpost) and the WHO (via The New York Times) reported the
    crossing open for the sick and wounded on 1 February, Day 14, and gave different counts of the
    patients who crossed. The last living women of the deal were released on 30 January.

    Background:
      Given the bundled reports of the January 2025 cease-fire

    Example: Read as seven days after the start, Rafah was due on 26 January and opened six days later
      When the agreement is checked
      Then under the reading "seven-days-after-start" the Rafah crossing term is VIOLATED on 26 January 2025
      And the Rafah crossing term is CONTESTED on 26 January 2025, because its readings disagree

    Example: Read as after all women are released, Rafah was due by 6 February and opened on 1 February
      When the agreement is checked
      Then under the reading "after-all-women-released" the Rafah crossing term is COMPLIANT on 6 February 2025
      And the Rafah crossing term is COMPLIANT on 6 February 2025
