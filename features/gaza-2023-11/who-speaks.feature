@gaza-2023-11 @evidence @who-speaks
Feature: Who speaks: accounts that rest only on the word of an interested party
  Many reports relay what one of the parties said: the figures of COGAT or the IDF for Israel, those
  of a Hamas official, or of the crossing office that Hamas's government runs, for Hamas. A fact set
  may say, of each source, whose statement it relays. A source that relays a mediator, a United
  Nations agency, a humanitarian society or the press relays neither party.

  An account of a term rests only on the word of an interested party when every report it rests on
  relays the party that its outcome favours: the party bound by the term saying that it kept the
  term, or the other party saying that it did not. Every report of the check marks such an account,
  so that a reader sees what it rests on. The mark never changes a status: the account counts as
  any other does.

  The rule is the same whichever party the term binds. A party's figure that goes against its own
  interest is not marked: the bound party's own figure showing that it breached the term is an
  admission, and the other party's figure showing that the term was kept is a concession. One report
  that relays neither party is enough for an account not to rest only on a party's word.

  Rule: An account that rests only on the bound party's own word that it kept the term is marked
    Illustration: invented figures from placeholder sources, not reports by any real body: Party
    statement A relays Israel's statements, Party statement B relays Hamas's, and Monitor A and
    Monitor B relay neither party. Each exchange-ratio account combines one report of the hostages
    released with one report of the prisoners released.

    Example: Israel's own figures for both sides of an exchange rest only on its word
      Given Party statement A relays the statements of Israel
      And 13 hostages were released in the deal on 24 November 2023, as reported by Party statement A
      And 39 prisoners were released on 24 November 2023, as reported by Party statement A
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 24 November 2023
      And the account of Party statement A for the exchange ratio term on 24 November 2023 rests only on the word of an interested party

    Example: An independent count of the prisoners beside Israel's count of the hostages is not marked
      Given Party statement A relays the statements of Israel
      And 13 hostages were released in the deal on 24 November 2023, as reported by Party statement A
      And 39 prisoners were released on 24 November 2023, as reported by Monitor A
      When the agreement is checked
      Then the exchange ratio term is COMPLIANT on 24 November 2023
      And the account of Party statement A and Monitor A for the exchange ratio term on 24 November 2023 does not rest only on the word of an interested party

    Example: Hamas's own count of ten hostages on an extension day rests only on its word
      Given clause T05 is read only as "ten-per-added-day", its other readings set aside
      And the pause was extended by 1 day, as reported by Monitor A
      And Party statement B relays the statements of Hamas
      And 10 hostages were released in the deal on 28 November 2023, as reported by Party statement B
      When the agreement is checked
      Then the extension day term is COMPLIANT on 28 November 2023
      And the account of Party statement B for the extension day term on 28 November 2023 rests only on the word of an interested party

    Example: An independent count beside Hamas's own is a second account, not marked, and the status is the same
      Given clause T05 is read only as "ten-per-added-day", its other readings set aside
      And the pause was extended by 1 day, as reported by Monitor A
      And Party statement B relays the statements of Hamas
      And 10 hostages were released in the deal on 28 November 2023, as reported by Party statement B
      And 10 hostages were released in the deal on 28 November 2023, as reported by Monitor B
      When the agreement is checked
      Then the extension day term is COMPLIANT on 28 November 2023
      And the account of Party statement B for the extension day term on 28 November 2023 rests only on the word of an interested party
      And the account of Monitor B for the extension day term on 28 November 2023 does not rest only on the word of an interested party

  Rule: An account that rests only on the other party's word that the term was breached is marked
    Illustration: the same placeholder sources as above.

    Example: Hamas's figures showing too few prisoners for the hostages rest only on its word
      Given Party statement B relays the statements of Hamas
      And 13 hostages were released in the deal on 24 November 2023, as reported by Party statement B
      And 38 prisoners were released on 24 November 2023, as reported by Party statement B
      When the agreement is checked
      Then the exchange ratio term is VIOLATED on 24 November 2023
      And the account of Party statement B for the exchange ratio term on 24 November 2023 rests only on the word of an interested party

    Example: The same shortfall with the hostages counted by a monitor is not marked
      Given Party statement B relays the statements of Hamas
      And 13 hostages were released in the deal on 24 November 2023, as reported by Monitor A
      And 38 prisoners were released on 24 November 2023, as reported by Party statement B
      When the agreement is checked
      Then the exchange ratio term is VIOLATED on 24 November 2023
      And the account of Monitor A and Party statement B for the exchange ratio term on 24 November 2023 does not rest only on the word of an interested party

    Example: Israel's count of nine hostages on an extension day rests only on its word
      Given clause T05 is read only as "ten-per-added-day", its other readings set aside
      And the pause was extended by 1 day, as reported by Monitor A
      And Party statement A relays the statements of Israel
      And 9 hostages were released in the deal on 28 November 2023, as reported by Party statement A
      When the agreement is checked
      Then the extension day term is VIOLATED on 28 November 2023
      And the account of Party statement A for the extension day term on 28 November 2023 rests only on the word of an interested party

  Rule: A party's figure against its own interest is not marked
    Illustration: the same placeholder sources as above.

    Example: Israel's own figures showing too few prisoners are an admission, not marked
      Given Party statement A relays the statements of Israel
      And 13 hostages were released in the deal on 24 November 2023, as reported by Party statement A
      And 38 prisoners were released on 24 November 2023, as reported by Party statement A
      When the agreement is checked
      Then the exchange ratio term is VIOLATED on 24 November 2023
      And the account of Party statement A for the exchange ratio term on 24 November 2023 does not rest only on the word of an interested party

    Example: Hamas's own count of nine hostages on an extension day is an admission, not marked
      Given clause T05 is read only as "ten-per-added-day", its other readings set aside
      And the pause was extended by 1 day, as reported by Monitor A
      And Party statement B relays the statements of Hamas
      And 9 hostages were released in the deal on 28 November 2023, as reported by Party statement B
      When the agreement is checked
      Then the extension day term is VIOLATED on 28 November 2023
      And the account of Party statement B for the extension day term on 28 November 2023 does not rest only on the word of an interested party

    Example: Israel's count of ten hostages on an extension day is a concession, not marked
      Given clause T05 is read only as "ten-per-added-day", its other readings set aside
      And the pause was extended by 1 day, as reported by Monitor A
      And Party statement A relays the statements of Israel
      And 10 hostages were released in the deal on 28 November 2023, as reported by Party statement A
      When the agreement is checked
      Then the extension day term is COMPLIANT on 28 November 2023
      And the account of Party statement A for the extension day term on 28 November 2023 does not rest only on the word of an interested party

    Example: Accounts of each party's word on either side leave the term contested, as they would unmarked
      Given clause T05 is read only as "ten-per-added-day", its other readings set aside
      And the pause was extended by 1 day, as reported by Monitor A
      And Party statement A relays the statements of Israel
      And Party statement B relays the statements of Hamas
      And 10 hostages were released in the deal on 28 November 2023, as reported by Party statement B
      And 9 hostages were released in the deal on 28 November 2023, as reported by Party statement A
      When the agreement is checked
      Then the extension day term is CONTESTED on 28 November 2023
      And the account of Party statement B for the extension day term on 28 November 2023 rests only on the word of an interested party
      And the account of Party statement A for the extension day term on 28 November 2023 rests only on the word of an interested party

  Rule: The bundled reports mark the accounts that rest only on a party's word

    The News World Media report (Reuters) relays the Israeli Prime Minister's Office, All Israel News the IDF,
    and Dimsum Daily Israel's accounting of the day's deal, which counts toward the day the two hostages
    released on 29 November.

    Example: 30 November 2023: Israel's counts of eight hostages rest only on its word; its accounting of ten is a concession
      Given the bundled reports of the November 2023 pause
      When the agreement is checked
      Then the extension day term is CONTESTED on 30 November 2023
      And the account of News World Media for the extension day term on 30 November 2023 rests only on the word of an interested party
      And the account of All Israel News for the extension day term on 30 November 2023 rests only on the word of an interested party
      And the account of Dimsum Daily for the extension day term on 30 November 2023 does not rest only on the word of an interested party
