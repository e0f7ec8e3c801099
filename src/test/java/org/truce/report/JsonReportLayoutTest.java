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
    @DisplayName("a checked fact set's title and the rule set's parameters open the report, parameters by name")
    @org.junit.jupiter.api.Disabled("written against the code before the engine split (issue 12): its expected text or messages are the old code's; re-derive on main")
    void titleAndParameters() {
        String json = render(new JsonReport(), BundledReports.check(org.truce.testing.FactSetBuilder.facts().build()));
        assertThat(json).startsWith("""
                {
                  "format": "truce-report/1",
                  "agreement": "gaza-2023-11",
                  "title": "test fact set",
                  "parameters": {
                    "daily-aid-trucks.minimum-per-day": 200,
                    "daily-fuel.minimum-litres-per-day": 130000,
                    "exchange-ratio.prisoners-per-hostage": 3,
                    "extension-hostages.minimum-per-day": 10,
                    "handover-schedule.tolerance-minutes": 0,
                    "initial-hostages.minimum": 50
                  },
                  "findings": [
                """);
    }
}
