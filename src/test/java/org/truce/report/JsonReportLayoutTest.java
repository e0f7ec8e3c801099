package org.truce.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.report.BundledReports.render;

/** truce-report/1 exactly as written: the layout, what is left out when absent, and several reports as a list. */
@DisplayName("The JSON report, byte for byte: layout, absent fields, several reports")
class JsonReportLayoutTest {

    @Test
    @DisplayName("a report built by hand: two-space indents, no title when there is none, a claim's term and reason only when given")
    void handBuilt() {
        assertThat(render(new JsonReport(), HandBuiltReport.report())).isEqualTo("""
                {
                  "format": "truce-report/1",
                  "agreement": "test-1",
                  "parameters": { },
                  "findings": [
                    {
                      "id": "term-four/2023-11-20",
                      "term": "term-four",
                      "clause": "C4",
                      "clauseReportedBy": [
                        "Monitor A"
                      ],
                      "clauseDisputed": false,
                      "date": "2023-11-20",
                      "party": "Party B",
                      "status": "CONTESTED",
                      "contestedBy": [
                        "sources"
                      ],
                      "summary": "CONTESTED summary of term-four/2023-11-20",
                      "accounts": [
                        {
                          "sources": [
                            "s-a"
                          ],
                          "status": "COMPLIANT",
                          "detail": "met",
                          "rule": "rule 3"
                        },
                        {
                          "sources": [
                            "s-b"
                          ],
                          "status": "VIOLATED",
                          "detail": "breached",
                          "rule": "rule 4"
                        }
                      ],
                      "rule": "rule of term-four/2023-11-20"
                    },
                    {
                      "id": "term-one/2023-11-24/Party A",
                      "term": "term-one",
                      "clause": "C1",
                      "clauseReportedBy": [
                        "Monitor A"
                      ],
                      "clauseDisputed": false,
                      "date": "2023-11-24",
                      "party": "Party A",
                      "status": "COMPLIANT",
                      "summary": "COMPLIANT summary of term-one/2023-11-24/Party A",
                      "accounts": [
                        {
                          "sources": [
                            "s-b",
                            "s-x"
                          ],
                          "status": "COMPLIANT",
                          "detail": "met by the account",
                          "rule": "rule 1"
                        }
                      ],
                      "rule": "rule of term-one/2023-11-24/Party A"
                    },
                    {
                      "id": "term-one/2023-11-24/Party B",
                      "term": "term-one",
                      "clause": "C1",
                      "clauseReportedBy": [
                        "Monitor A"
                      ],
                      "clauseDisputed": false,
                      "date": "2023-11-24",
                      "party": "Party B",
                      "status": "VIOLATED",
                      "summary": "VIOLATED summary of term-one/2023-11-24/Party B",
                      "accounts": [
                        {
                          "sources": [
                            "s-a"
                          ],
                          "status": "VIOLATED",
                          "detail": "breached by the account",
                          "rule": "rule 2"
                        },
                        {
                          "sources": [
                            "s-c"
                          ],
                          "status": "VIOLATED",
                          "detail": "breached again",
                          "rule": "rule 2"
                        }
                      ],
                      "rule": "rule of term-one/2023-11-24/Party B"
                    },
                    {
                      "id": "term-four/2023-12-05",
                      "term": "term-four",
                      "clause": "C4",
                      "clauseReportedBy": [
                        "Monitor A"
                      ],
                      "clauseDisputed": false,
                      "date": "2023-12-05",
                      "party": "Party B",
                      "status": "UNDETERMINED",
                      "summary": "UNDETERMINED summary of term-four/2023-12-05",
                      "accounts": [ ],
                      "rule": "rule of term-four/2023-12-05"
                    }
                  ],
                  "claims": [
                    {
                      "id": "k1",
                      "verdict": "NOT_SUPPORTED",
                      "findings": [
                        "term-one/2023-11-24/Party A",
                        "term-one/2023-11-23/Party A"
                      ],
                      "by": "Party B",
                      "against": "Party A",
                      "term": "C1"
                    },
                    {
                      "id": "k2",
                      "verdict": "SUPPORTED",
                      "findings": [
                        "term-one/2023-11-24/Party B"
                      ],
                      "by": "Party A",
                      "against": "Party B",
                      "term": "term-one",
                      "reason": "no finding of term-one against Party B on 2023-11-25"
                    },
                    {
                      "id": "k3",
                      "verdict": "UNDETERMINED",
                      "findings": [ ],
                      "by": "Party A",
                      "against": "Party B",
                      "term": "C2",
                      "reason": "clause C2 (Second clause) is not modelled: It sets the calendar."
                    },
                    {
                      "id": "k4",
                      "verdict": "UNDETERMINED",
                      "findings": [ ],
                      "by": "Party A",
                      "against": "Party B",
                      "reason": "the claim concerns no clause of the agreement as reported"
                    },
                    {
                      "id": "k5",
                      "verdict": "UNDETERMINED",
                      "findings": [ ],
                      "by": "Party A",
                      "against": "Party B",
                      "term": "rumour",
                      "reason": "no finding of rumour against Party B on 2023-11-24"
                    }
                  ],
                  "notes": [
                    "2023-12-02 is not a pause day"
                  ]
                }
                """);
    }

    @Test
    @DisplayName("several reports are a list of report objects; one report is the object alone")
    void severalReports() {
        String one = render(new JsonReport(), HandBuiltReport.report());
        String two = render(new JsonReport(), HandBuiltReport.report(), HandBuiltReport.report());
        assertThat(one).startsWith("{\n  \"format\": \"truce-report/1\",");
        String object = one.substring(0, one.length() - 1).replace("\n", "\n  ");
        assertThat(two).isEqualTo("[\n  " + object + ",\n  " + object + "\n]\n");
    }

    @Test
    @DisplayName("a clause read two ways, what-if: whatIf lines, parameters with one value only, clauseReadings, and per finding"
            + " contestedBy, readings and each account's reading, in this order")
    void readings() {
        assertThat(render(new JsonReport(), HandBuiltReport.withReadings())).isEqualTo("""
                {
                  "format": "truce-report/1",
                  "agreement": "test-1",
                  "whatIf": [
                    "what-if: term-three.days = 4, not as reported",
                    "what-if: rules from my <rules>, not the bundled rule set"
                  ],
                  "parameters": {
                    "term-three.days": 4
                  },
                  "clauseReadings": {
                    "C1": [
                      {
                        "id": "r-a",
                        "text": "Read one way.",
                        "heldBy": [
                          "Holder A"
                        ],
                        "sources": [
                          "S1"
                        ],
                        "parameters": {
                          "term-one.minimum": 2
                        }
                      },
                      {
                        "id": "r-b",
                        "text": "Read <i>another</i> way.",
                        "heldBy": [
                          "Holder <b>B</b> | [x](javascript:alert(1))",
                          "Holder C"
                        ],
                        "sources": [
                          "S2",
                          "S3"
                        ],
                        "parameters": {
                          "term-one.minimum": 3
                        }
                      }
                    ]
                  },
                  "findings": [
                    {
                      "id": "term-one/2023-11-24/Party A",
                      "term": "term-one",
                      "clause": "C1",
                      "clauseReportedBy": [
                        "Monitor A"
                      ],
                      "clauseDisputed": false,
                      "date": "2023-11-24",
                      "party": "Party A",
                      "status": "CONTESTED",
                      "contestedBy": [
                        "readings"
                      ],
                      "readings": [
                        {
                          "id": "r-a",
                          "status": "COMPLIANT",
                          "heldBy": [
                            "Holder A"
                          ],
                          "requirement": "at least 2"
                        },
                        {
                          "id": "r-b",
                          "status": "VIOLATED",
                          "heldBy": [
                            "Holder <b>B</b> | [x](javascript:alert(1))",
                            "Holder C"
                          ],
                          "requirement": "at least 3"
                        }
                      ],
                      "summary": "2 of 2 / 2 of 3 (2 accounts)",
                      "accounts": [
                        {
                          "sources": [
                            "s-a"
                          ],
                          "reading": "r-a",
                          "status": "COMPLIANT",
                          "detail": "2 of 2",
                          "rule": "rule 1"
                        },
                        {
                          "sources": [
                            "s-a"
                          ],
                          "reading": "r-b",
                          "status": "VIOLATED",
                          "detail": "2 of 3",
                          "rule": "rule 2"
                        }
                      ],
                      "rule": "rule 2"
                    },
                    {
                      "id": "term-one/2023-11-24/Party B",
                      "term": "term-one",
                      "clause": "C1",
                      "clauseReportedBy": [
                        "Monitor A"
                      ],
                      "clauseDisputed": false,
                      "date": "2023-11-24",
                      "party": "Party B",
                      "status": "VIOLATED",
                      "readings": [
                        {
                          "id": "r-a",
                          "status": "VIOLATED",
                          "heldBy": [
                            "Holder A"
                          ],
                          "requirement": "at least 2"
                        },
                        {
                          "id": "r-b",
                          "status": "VIOLATED",
                          "heldBy": [
                            "Holder <b>B</b> | [x](javascript:alert(1))",
                            "Holder C"
                          ],
                          "requirement": "at least 3"
                        }
                      ],
                      "summary": "1 of 2 / 1 of 3 (2 accounts)",
                      "accounts": [
                        {
                          "sources": [
                            "s-c"
                          ],
                          "reading": "r-a",
                          "status": "VIOLATED",
                          "detail": "1 of 2",
                          "rule": "rule 2"
                        },
                        {
                          "sources": [
                            "s-c"
                          ],
                          "reading": "r-b",
                          "status": "VIOLATED",
                          "detail": "1 of 3",
                          "rule": "rule 2"
                        }
                      ],
                      "rule": "rule 2"
                    }
                  ],
                  "claims": [ ]
                }
                """);
    }

    @Test
    @DisplayName("the writer is left open for what the caller writes next")
    void writerLeftOpen() throws IOException {
        boolean[] closed = {false};
        StringWriter text = new StringWriter();
        Writer out = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                if (closed[0]) {
                    throw new IOException("closed");
                }
                text.write(chars, offset, length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new JsonReport().write(List.of(HandBuiltReport.report()), out);
        assertThat(closed[0]).isFalse();
        assertThat(text.toString()).isEqualTo(render(new JsonReport(), HandBuiltReport.report()));
    }

    @Test
    @DisplayName("a checked fact set's title and the parameters with one value in the run open the report, by name; those the"
            + " readings of T06 set differently are under clauseReadings, unless --reading keeps one reading")
    void titleAndParameters() {
        var facts = org.truce.testing.FactSetBuilder.facts().build();
        String json = render(new JsonReport(), BundledReports.check(facts));
        assertThat(json).startsWith("""
                {
                  "format": "truce-report/1",
                  "agreement": "gaza-2023-11",
                  "title": "test fact set",
                  "parameters": {
                    "daily-fuel.minimum-litres-per-day": 130000,
                    "exchange-ratio.prisoners-per-hostage": 3,
                    "extension-hostages.minimum-per-day": 10,
                    "handover-schedule.tolerance-minutes": 0,
                    "initial-hostages.minimum": 50
                  },
                  "clauseReadings": {
                    "T05": [
                      {
                        "id": "ten-per-added-day",
                """);
        assertThat(json).contains("""
                    ],
                    "T06": [
                      {
                        "id": "200-including-fuel",
                """);

        String kept = render(new JsonReport(), BundledReports.check(facts, BundledReports.reading("T06", "300-including-fuel")));
        assertThat(kept).startsWith("""
                {
                  "format": "truce-report/1",
                  "agreement": "gaza-2023-11",
                  "title": "test fact set",
                  "whatIf": [
                    "what-if: clause T06 read only as 300-including-fuel, its other readings set aside"
                  ],
                  "readings": {
                    "T06": "300-including-fuel"
                  },
                  "parameters": {
                    "daily-aid-trucks.fuel-trucks-count": 1,
                    "daily-aid-trucks.minimum-per-day": 300,
                    "daily-fuel.minimum-litres-per-day": 130000,
                    "exchange-ratio.prisoners-per-hostage": 3,
                    "extension-hostages.minimum-per-day": 10,
                    "handover-schedule.tolerance-minutes": 0,
                    "initial-hostages.minimum": 50
                  },
                  "clauseReadings": {
                    "T05": [
                      {
                        "id": "ten-per-added-day",
                """);
        assertThat(kept).as("only the reading kept of T06").contains("""
                    ],
                    "T06": [
                      {
                        "id": "300-including-fuel",
                """).doesNotContain("\"id\": \"200-plus-fuel\"");
    }
}
