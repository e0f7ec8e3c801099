@gaza-2023-11 @dispute @end-of-pause-1-december
Feature: The end of the pause on 1 December 2023
  The pause ran until 07:00 on 1 December 2023 and ended without a further extension. The IDF
  reported a rocket from Gaza intercepted about an hour before the pause expired (CNN, via Kenyan
  Post), and launches from Gaza at about 06:00 and 07:00 (via Babel.ua).

  Israel's accounts: the IDF said "Hamas violated the operational pause, and in addition, fired
  toward Israeli territory" (via Al Jazeera). The Israeli Prime Minister's Office said Hamas
  "violated the framework, did not meet its obligation to release all hostage women, and fired
  rockets at Israel" (via NationalWorld). Israel's defence minister said Hamas had refused to
  release 17 women and children (via TASS), and the Mossad that Hamas "failed to fulfill its
  obligations under the agreement which included the release of all women and children who were
  on the list" (via Pledge Times).

  Hamas's accounts: "The occupation bears responsibility for the resumption of war ... after its
  refusal throughout the night to engage with any offers"; Hamas said its offers included
  prisoners and the elderly, bodies, and two Israeli detainees (via LBCI). Hamas also said, as
  reported, that the hostages it still held were soldiers or men who had served in the army (via
  Pledge Times).

  The mediators' accounts: Qatar's Ministry of Foreign Affairs expressed "deep regret" that the
  pause ended "without reaching an agreement to extend" it, and said negotiations continued (via
  Gulf Times). The United States, not a mediator: its National Security Council spokesperson
  blamed Hamas (as summarised by Royal Patriot), and Hamas blamed the United States for giving a
  "green light" (via LBCI). Earlier in the pause Qatar had spoken of "accusations of violations by both sides",
  and an Egyptian official had said "both sides have refrained from seeking military advantage"
  (The Wall Street Journal, 28 November).

  Which clause, as reported, each account concerns. The halt of military activity (clause T10),
  which both parties reported, is not modelled: no source reports military activity day by day in
  a form a rule could compare. Israel's statements about the women and children read the
  agreement as requiring the release of all of them; only Israel reported that reading, and the
  clause index lists it as clause T03A, not modelled, as it lists Hamas's one-party reading about
  aid to the north as clause T06A. Hamas's statement about offers made after the last extension
  names no clause of the agreement as reported.

  Each pause day starts at 07:00, and the last one, 30 November, ran until 07:00 on 1 December:
  what happened before then, the rocket and the launch at about 06:00 included, belongs to pause
  day 30 November, and the claims about the end of the pause are dated 30 November.

  Background:
    Given the bundled reports of the November 2023 pause
    When the agreement is checked

  Rule: The last pause day, 30 November, ran until 07:00 on 1 December

    Example: 30 November is the last pause day, an extension day that runs until 07:00 on 1 December
      Then 30 November 2023 is an extension day
      And 30 November 2023 is the last pause day, which runs until 07:00 on 1 December 2023

  Rule: Each party's accusations of a breach of the halt of military activity rest on a clause that is not modelled

    Example: The IDF's claim of a violated pause and fire toward Israel
      Then the claim by Israel against Hamas about clause T10, reported by Al Jazeera, is UNDETERMINED
      And the reason given is that clause T10 is not modelled

    Example: Hamas's claim of a clear violation by Israel, on 28 November, for comparison
      Then the claim by Hamas against Israel about clause T10, reported by Newsmax, is UNDETERMINED
      And the reason given is that clause T10 is not modelled

  Rule: A reading of the agreement that only one party reported is a clause of its own, whichever party holds it

    Example: Israel's reading on the women and children, and Hamas's on aid to the north, were each reported by one party only
      Then clause T03A was reported by one party only, Israel
      And clause T06A was reported by one party only, Hamas

    Example: The Israeli Prime Minister's Office on the release of all hostage women
      Then the claim by Israel against Hamas about clause T03A, reported by NationalWorld, is UNDETERMINED
      And the reason given is that clause T03A is not modelled

    Example: The Mossad on the women and children on the list
      Then the claim by Israel against Hamas about clause T03A, reported by Pledge Times, is UNDETERMINED
      And the reason given is that clause T03A is not modelled

    Example: Israel's defence minister on the 17 women and children
      Then the claim by Israel against Hamas about clause T03A, reported by TASS, is UNDETERMINED
      And the reason given is that clause T03A is not modelled

    Example: Hamas's claim about aid to the north is undetermined for the same reason
      Then the claim by Hamas against Israel about clause T06A, reported by TASS, is UNDETERMINED
      And the reason given is that clause T06A is not modelled

  Rule: Hamas's statement about Israel's refusal of its offers concerns no clause of the agreement as reported

    Example: Hamas on Israel's refusal to engage with its offers
      Then the claim by Hamas against Israel about no clause of the agreement, reported by LBCI, is UNDETERMINED
      And the reason given is that the claim concerns no clause of the agreement

  Rule: What the terms say about the last pause day, for each party bound

    Example: The findings of 30 November 2023 against Hamas and against Israel
      Then the extension day term is CONTESTED for Hamas on 30 November 2023
      And the exchange ratio term is COMPLIANT for Israel on 30 November 2023
      And the daily aid term is UNDETERMINED for Israel on 30 November 2023
      And the daily fuel term is UNDETERMINED for Israel on 30 November 2023
