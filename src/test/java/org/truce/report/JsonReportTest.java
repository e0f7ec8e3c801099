package org.truce.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Report;
import org.truce.testing.RuleBooks;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("truce-report/1: the JSON report as docs/report-format.md defines it")
class JsonReportTest {

    private static JsonNode json(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new JsonReport().write(List.of(report), out);
        return new ObjectMapper().readTree(out.toString());
    }

    private static Report sample() {
        return RuleBooks.checker().check(facts()
                .day("2023-11-24").trucks(200, "COGAT").trucks(196, "UN OCHA").hostages(13, "UN OCHA").prisoners(39, "UN OCHA").and()
                .day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T23:05+02:00", "Reuters").and()
                .claim("hamas-25-aid", "Hamas", "Israel", "daily-aid-trucks",
                        List.of(java.time.LocalDate.parse("2023-11-24"), java.time.LocalDate.parse("2023-11-25")), "Reuters")
                .build(), RuleBooks.bundled());
    }

    @Test
    @DisplayName("a finding carries id, term, clause, who reported the clause, date, party, status, summary, accounts and rule")
    void findingFields() throws IOException {
        JsonNode report = json(sample());
        assertThat(report.get("format").asText()).isEqualTo("truce-report/1");
        assertThat(report.get("agreement").asText()).isEqualTo("gaza-2023-11");
        JsonNode trucks = null;
        for (JsonNode f : report.get("findings")) {
            if (f.get("id").asText().equals("daily-aid-trucks/2023-11-24")) {
                trucks = f;
            }
        }
        assertThat(trucks).isNotNull();
        assertThat(trucks.get("term").asText()).isEqualTo("daily-aid-trucks");
        assertThat(trucks.get("clause").asText()).isEqualTo("T06");
        assertThat(trucks.get("clauseReportedBy")).isNotEmpty();
        assertThat(trucks.get("clauseDisputed").asBoolean()).isTrue();
        assertThat(trucks.get("date").asText()).isEqualTo("2023-11-24");
        assertThat(trucks.get("party").asText()).isEqualTo("Israel");
        assertThat(trucks.get("status").asText()).isEqualTo("CONTESTED");
        assertThat(trucks.get("summary").asText()).contains("200").contains("196");
        assertThat(trucks.get("accounts")).hasSize(2);
        assertThat(trucks.get("accounts").get(0).get("sources").get(0).asText()).isEqualTo("cogat");
        assertThat(trucks.get("accounts").get(0).get("status").asText()).isEqualTo("COMPLIANT");
        assertThat(trucks.get("accounts").get(0).get("detail").asText()).isEqualTo("200 trucks");
        assertThat(trucks.get("accounts").get(1).get("status").asText()).isEqualTo("VIOLATED");
        assertThat(trucks.get("rule").asText()).isEqualTo("T06 Fewer aid trucks entered than the daily minimum");
    }

    @Test
    @DisplayName("findings are sorted by date, then term, then id; claims by id with their verdict and findings")
    void sorting() throws IOException {
        JsonNode report = json(sample());
        List<String> keys = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            keys.add(f.get("date").asText() + " " + f.get("term").asText() + " " + f.get("id").asText());
        }
        assertThat(keys).isSorted();
        JsonNode claim = report.get("claims").get(0);
        assertThat(claim.get("id").asText()).isEqualTo("hamas-25-aid");
        assertThat(claim.get("verdict").asText()).isEqualTo("CONTESTED");
        assertThat(claim.get("findings")).extracting(JsonNode::asText)
                .containsExactly("daily-aid-trucks/2023-11-24", "daily-aid-trucks/2023-11-25");
    }

    @Test
    @DisplayName("a finding answered by a claim of its party lists the defences; the claim says what it answers")
    void defences() throws IOException {
        JsonNode report = json(RuleBooks.checker().check(facts()
                .day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T23:05+02:00", "Monitor A").and()
                .claim("hamas-25-north", "Hamas", "Israel", "T06A", List.of(java.time.LocalDate.parse("2023-11-25")), "Monitor B",
                        "handover-schedule/2023-11-25")
                .build(), RuleBooks.bundled()));
        List<String> fields = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            if (f.get("id").asText().equals("handover-schedule/2023-11-25")) {
                f.fieldNames().forEachRemaining(fields::add);
                assertThat(f.get("status").asText()).isEqualTo("VIOLATED");
                assertThat(f.get("defences")).hasSize(1);
                assertThat(f.get("defences").get(0).toString())
                        .isEqualTo("{\"claim\":\"hamas-25-north\",\"by\":\"Hamas\",\"verdict\":\"UNDETERMINED\"}");
            } else {
                assertThat(f.has("defences")).as("a finding no claim answers has no defences").isFalse();
            }
        }
        assertThat(fields).endsWith("accounts", "rule", "defences");
        assertThat(report.get("claims").get(0).get("answers").asText()).isEqualTo("handover-schedule/2023-11-25");
        assertThat(json(sample()).get("claims").get(0).has("answers")).isFalse();
    }

    @Test
    @DisplayName("a finding gives its clause's provenance after clauseDisputed, with the party for one-party; none where the index has none")
    void clauseProvenance() throws IOException {
        JsonNode report = json(RuleBooks.checker().check(facts()
                .day("2023-11-24").trucks(200, "COGAT").hostages(13, "UN OCHA").prisoners(39, "UN OCHA").and()
                .day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T23:05+02:00", "Reuters").and()
                .build(), RuleBooks.withProvenance(java.util.Map.of("T14", "press", "T04", "one-party:Israel"))));
        for (JsonNode f : report.get("findings")) {
            List<String> fields = new ArrayList<>();
            f.fieldNames().forEachRemaining(fields::add);
            switch (f.get("term").asText()) {
                case "handover-schedule" -> {
                    assertThat(fields).containsSequence("clauseDisputed", "clauseProvenance", "date");
                    assertThat(f.get("clauseProvenance").asText()).isEqualTo("press");
                }
                case "exchange-ratio" -> {
                    assertThat(fields).containsSequence("clauseDisputed", "clauseProvenance", "clauseProvenanceParty", "date");
                    assertThat(f.get("clauseProvenance").asText()).isEqualTo("one-party");
                    assertThat(f.get("clauseProvenanceParty").asText()).isEqualTo("Israel");
                }
                default -> assertThat(fields).as("fields of %s", f.get("id")).doesNotContain("clauseProvenance", "clauseProvenanceParty")
                        .containsSequence("clauseDisputed", "date");
            }
        }
    }

    @Test
    @DisplayName("the same input gives byte-identical output")
    void deterministic() throws IOException {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        new JsonReport().write(List.of(sample()), a);
        new JsonReport().write(List.of(sample()), b);
        assertThat(a.toString()).isEqualTo(b.toString());
    }
}
