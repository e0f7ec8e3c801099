@dispute @end-of-pause-1-december
Feature: The end of the pause on 1 December 2023
  The pause ended at 07:00 on 1 December 2023 without a further extension; the IDF reported a
  rocket from Gaza intercepted about an hour before it expired (CNN, via Kenyan Post), and
  launches from Gaza at about 06:00 and 07:00 (via Babel.ua).

  Israel's accounts: the IDF said "Hamas violated the operational pause, and in addition, fired
  toward Israeli territory" (via Al Jazeera). The Israeli Prime Minister's Office said Hamas
  "violated the framework, did not meet its obligation to release all hostage women, and fired
  rockets at Israel" (via NationalWorld). Israel's defence minister said Hamas had refused to
  release 17 women and children (via TASS), and the Mossad that Hamas "failed to fulfill its
  obligations under the agreement which included the release of all women and children who were
  on the list" (via Pledge Times).

  Hamas's account: "The occupation bears responsibility for the resumption of war ... after its
  refusal throughout the night to engage with any offers"; Hamas said its offers included
  prisoners and the elderly, bodies, and two Israeli detainees (via LBCI).

  Which of these a term of the agreement, as reported, covers at all: a halt of military
  activity was reported (clause T10) but is not modelled, since no source reports military
  activity day by day in a form a rule could compare. No clause as reported obliges the release
  of all women, or of all women and children on a list, or an answer to offers made after the
  last extension; claims resting on those are undetermined and say that they concern no clause.
  The checker judges the pause days only: 1 December is not one of them.

  Background:
    Given the bundled reports of the November 2023 pause
    When the agreement is checked

  Rule: The pause ended with the last extension day, 30 November 2023

    Example: 30 November is the last pause day and 1 December is after the pause
      Then 30 November 2023 is an extension day
      And 1 December 2023 is not a pause day, and no term applies to it

  Rule: The IDF's claim that Hamas violated the pause rests on a clause that is not modelled

    Example: The IDF's claim of a violated pause and fire toward Israel
      Then the claim by Israel against Hamas about clause T10, reported by Al Jazeera, is UNDETERMINED
      And the reason given is that clause T10 is not modelled

  Rule: The other reasons each side gave concern no clause of the agreement as reported

    Example: The Israeli Prime Minister's Office on the release of all hostage women
      Then the claim by Israel against Hamas about no clause of the agreement, reported by NationalWorld, is UNDETERMINED
      And the reason given is that the claim concerns no clause of the agreement

    Example: The Mossad on the women and children on the list
      Then the claim by Israel against Hamas about no clause of the agreement, reported by Pledge Times, is UNDETERMINED
      And the reason given is that the claim concerns no clause of the agreement

    Example: Israel's defence minister on the 17 women and children
      Then the claim by Israel against Hamas about no clause of the agreement, reported by TASS, is UNDETERMINED
      And the reason given is that the claim concerns no clause of the agreement

    Example: Hamas on Israel's refusal to engage with its offers
      Then the claim by Hamas against Israel about no clause of the agreement, reported by LBCI, is UNDETERMINED
      And the reason given is that the claim concerns no clause of the agreement

  Rule: What a term does say about the last day, apart from the claims

    Example: The accounts of the ten hostages per extension day disagree on 30 November
      Then the extension day term is CONTESTED for Hamas on 30 November 2023
