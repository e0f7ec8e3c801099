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

    /**
     * Two truck reports that disagree on 24 November: COGAT's 200 trucks, none of them of fuel (so they meet the minimum
     * under every reading but 300), and UN OCHA's 196, of loads it does not give (short of the minimum under every
     * reading, 200-plus-fuel included: fewer trucks of any load than 200).
     */
    private static Report sample() {
        return RuleBooks.checker().check(facts()
                .day("2023-11-24").trucks(200, 0L, "COGAT").trucks(196, "UN OCHA").hostages(13, "UN OCHA").prisoners(39, "UN OCHA").and()
                .day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T23:05+02:00", "Reuters").and()
                .claim("hamas-25-aid", "Hamas", "Israel", "daily-aid-trucks",
                        List.of(java.time.LocalDate.parse("2023-11-24"), java.time.LocalDate.parse("2023-11-25")), "Reuters")
                .build(), RuleBooks.bundled());
    }

    @Test
    @DisplayName("a finding carries id, term, clause, who reported the clause, date, party, status, summary, accounts (each under a"
            + " reading of its clause) and rule")
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
        // each source's figure under each of the three readings of T06, sorted by sources, then reading
        List<String> accounts = new ArrayList<>();
        for (JsonNode a : trucks.get("accounts")) {
            accounts.add(a.get("sources").get(0).asText() + " " + a.get("reading").asText() + " " + a.get("status").asText() + " " + a.get("detail").asText());
        }
        assertThat(accounts).containsExactly(
                "cogat 200-including-fuel COMPLIANT 200 trucks",
                "cogat 200-plus-fuel COMPLIANT 200 trucks",
                "cogat 300-including-fuel VIOLATED 200 trucks",
                "un-ocha 200-including-fuel VIOLATED 196 trucks",
                "un-ocha 200-plus-fuel VIOLATED 196 trucks, their loads not given",
                "un-ocha 300-including-fuel VIOLATED 196 trucks");
        // short of 200 whatever its trucks carried: decided under 200-plus-fuel although the report gives no loads
        assertThat(trucks.get("accounts").get(4).get("rule").asText()).isEqualTo("T06 Fewer aid trucks entered than the daily minimum besides those of fuel");
        // the rule of the first VIOLATED account
        assertThat(trucks.get("rule").asText()).isEqualTo("T06 Fewer aid trucks entered than the daily minimum, every truck counted");
        assertThat(trucks.has("undecidedBy")).as("every report decides something under every reading").isFalse();
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
                // late by the time reported in advance, in time by midnight: the readings of T14 disagree
                assertThat(f.get("status").asText()).isEqualTo("CONTESTED");
                assertThat(f.get("contestedBy")).extracting(JsonNode::asText).containsExactly("readings");
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

    private static JsonNode finding(JsonNode report, String id) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + id);
    }

    private static List<String> fields(JsonNode node) {
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    @Test
    @DisplayName("a finding of a clause with readings gives its status under each reading (id, status, heldBy, requirement), by id,"
            + " after status and contestedBy")
    void readingsOfAFinding() throws IOException {
        Report sample = sample();
        JsonNode trucks = finding(json(sample), "daily-aid-trucks/2023-11-24");
        assertThat(fields(trucks)).containsSequence("status", "contestedBy", "readings", "summary");
        List<String> readings = new ArrayList<>();
        for (JsonNode r : trucks.get("readings")) {
            assertThat(fields(r)).containsExactly("id", "status", "heldBy", "requirement");
            readings.add(r.get("id").asText() + " " + r.get("status").asText() + ": " + r.get("requirement").asText());
        }
        // 200 and 196 trucks: the sources disagree under a minimum of 200, fuel trucks counted or not (COGAT's carried none,
        // OCHA's 196 fall short whatever they carried); both fall short of 300
        assertThat(readings).containsExactly(
                "200-including-fuel CONTESTED: at least 200 aid trucks entering Gaza, fuel trucks included",
                "200-plus-fuel CONTESTED: at least 200 aid trucks entering Gaza besides trucks of fuel and cooking gas",
                "300-including-fuel VIOLATED: at least 300 aid trucks entering Gaza, fuel trucks included");
        // who holds each reading, as the clause index says
        for (int i = 0; i < 3; i++) {
            assertThat(trucks.get("readings").get(i).get("heldBy")).extracting(JsonNode::asText)
                    .isNotEmpty().containsExactlyElementsOf(sample.readingsOf("T06").get(i).heldBy());
        }
    }

    @Test
    @DisplayName("contestedBy says why a finding is CONTESTED: readings, sources, or both; absent when it is not CONTESTED")
    void contestedBy() throws IOException {
        JsonNode report = json(RuleBooks.checker().check(facts()
                // COGAT says none of its trucks carried fuel: its figures meet 200-plus-fuel where they reach 200
                .day("2023-11-24").trucks(200, 0L, "COGAT").trucks(196, "UN OCHA").fuelLitres(129000, "UN OCHA").fuelLitres(150000, "COGAT").and()
                .day("2023-11-25").trucks(250, 0L, "COGAT").and()
                .day("2023-11-26").trucks(320, 0L, "COGAT").and()
                .day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T23:05+02:00", "Reuters").and()
                .build(), RuleBooks.bundled()));
        assertThat(finding(report, "daily-aid-trucks/2023-11-24").get("contestedBy")).extracting(JsonNode::asText)
                .containsExactly("readings", "sources");
        assertThat(finding(report, "daily-aid-trucks/2023-11-25").get("contestedBy")).as("250 trucks: enough for 200, short of 300")
                .extracting(JsonNode::asText).containsExactly("readings");
        assertThat(finding(report, "handover-schedule/2023-11-25").get("contestedBy")).extracting(JsonNode::asText).containsExactly("readings");
        JsonNode fuel = finding(report, "daily-fuel/2023-11-24");
        assertThat(fuel.get("contestedBy")).as("a clause without readings").extracting(JsonNode::asText).containsExactly("sources");
        assertThat(fuel.has("readings")).as("a clause without readings has no readings").isFalse();
        assertThat(fuel.get("accounts").get(0).has("reading")).as("nor do its accounts").isFalse();
        JsonNode met = finding(report, "daily-aid-trucks/2023-11-26");
        assertThat(met.get("status").asText()).isEqualTo("COMPLIANT");
        assertThat(met.has("contestedBy")).isFalse();
        assertThat(met.get("readings")).extracting(r -> r.get("status").asText()).containsOnly("COMPLIANT");
    }

    @Test
    @DisplayName("undecidedBy lists, after rule and before defences, each report that decides nothing: its sources, the reading it was"
            + " read under, why, and the rule that said so; absent from a finding every report decides")
    void undecidedBy() throws IOException {
        // COGAT's 250 trucks, their loads not given, decide nothing under 200-plus-fuel, which sets fuel trucks apart;
        // UN OCHA's 215, 4 of them of fuel, meet it. Israel answers the finding, so that it has defences too.
        JsonNode report = json(RuleBooks.checker().check(facts()
                .day("2023-11-24").trucks(250, "COGAT").trucks(215, 4L, "UN OCHA").and()
                .day("2023-11-25").trucks(230, 0L, "COGAT").and()
                .claim("israel-24-aid", "Israel", "Hamas", "daily-aid-trucks", List.of(java.time.LocalDate.parse("2023-11-24")), "COGAT",
                        "daily-aid-trucks/2023-11-24")
                .build(), RuleBooks.bundled()));
        JsonNode trucks = finding(report, "daily-aid-trucks/2023-11-24");
        assertThat(fields(trucks)).endsWith("summary", "accounts", "rule", "undecidedBy", "defences");
        assertThat(trucks.get("undecidedBy")).hasSize(1);
        JsonNode undecided = trucks.get("undecidedBy").get(0);
        assertThat(fields(undecided)).containsExactly("sources", "reading", "why", "rule");
        assertThat(undecided.get("sources")).extracting(JsonNode::asText).containsExactly("cogat");
        assertThat(undecided.get("reading").asText()).isEqualTo("200-plus-fuel");
        assertThat(undecided.get("why").asText())
                .isEqualTo("250 trucks, their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those");
        assertThat(undecided.get("rule").asText()).isEqualTo("T06 Trucks of loads not given cannot show the daily minimum met besides those of fuel");
        // it is no account: under 200-plus-fuel the finding rests on UN OCHA's figure alone
        List<String> plusFuel = new ArrayList<>();
        for (JsonNode a : trucks.get("accounts")) {
            if (a.get("reading").asText().equals("200-plus-fuel")) {
                plusFuel.add(a.get("sources").get(0).asText() + " " + a.get("status").asText() + " " + a.get("detail").asText());
            }
        }
        assertThat(plusFuel).containsExactly("un-ocha COMPLIANT 215 trucks, 4 of them fuel or gas: 211 counted");
        assertThat(trucks.get("readings").get(1).get("status").asText()).isEqualTo("COMPLIANT");

        JsonNode stated = finding(report, "daily-aid-trucks/2023-11-25");
        assertThat(stated.get("status").asText()).as("230 trucks, none of fuel: decided under every reading").isEqualTo("CONTESTED");
        assertThat(stated.has("undecidedBy")).isFalse();
        assertThat(fields(stated)).endsWith("accounts", "rule");
        for (JsonNode f : report.get("findings")) {
            assertThat(f.has("undecidedBy")).as("undecidedBy of %s", f.get("id")).isEqualTo(f == trucks);
        }
    }

    @Test
    @DisplayName("a report that decides nothing under no reading has no reading field; sources, why and rule are written as given")
    void undecidedByWithoutReading() throws IOException {
        JsonNode three = finding(json(HandBuiltReport.withUndecided()), "term-three/2023-11-24");
        assertThat(three.get("status").asText()).isEqualTo("UNDETERMINED");
        assertThat(three.get("accounts")).isEmpty();
        assertThat(three.get("summary").asText()).isEqualTo("no report decides it: " + HandBuiltReport.WHY + "; requires the requirement of term-three");
        assertThat(three.get("undecidedBy").toString()).isEqualTo("[{\"sources\":[\"s-<z>\",\"s-a\"],\"why\":\""
                + HandBuiltReport.WHY + "\",\"rule\":\"rule <6>\"}]");
        assertThat(fields(three)).endsWith("accounts", "rule", "undecidedBy");
    }

    @Test
    @DisplayName("clauseReadings lists each clause's readings in force, in the order of the clause index, each with id, text, heldBy,"
            + " sources and the parameters it sets")
    void clauseReadings() throws IOException {
        JsonNode report = json(sample());
        assertThat(fields(report)).containsSequence("parameters", "clauseReadings", "findings").doesNotContain("whatIf", "readings");
        assertThat(fields(report.get("clauseReadings"))).containsExactly("T05", "T06", "T12", "T14");
        List<String> t06 = new ArrayList<>();
        for (JsonNode r : report.get("clauseReadings").get("T06")) {
            assertThat(fields(r)).containsExactly("id", "text", "heldBy", "sources", "parameters");
            t06.add(r.get("id").asText() + " " + r.get("parameters"));
        }
        assertThat(t06).containsExactly(
                "200-including-fuel {\"daily-aid-trucks.fuel-trucks-count\":1,\"daily-aid-trucks.minimum-per-day\":200}",
                "200-plus-fuel {\"daily-aid-trucks.fuel-trucks-count\":0,\"daily-aid-trucks.minimum-per-day\":200}",
                "300-including-fuel {\"daily-aid-trucks.fuel-trucks-count\":1,\"daily-aid-trucks.minimum-per-day\":300}");
        JsonNode midnight = report.get("clauseReadings").get("T14").get(1);
        assertThat(midnight.get("id").asText()).isEqualTo("before-midnight");
        assertThat(midnight.get("text").asText()).startsWith("A handover is due before the end of its pause day");
        assertThat(midnight.get("heldBy")).isNotEmpty();
        assertThat(midnight.get("sources")).isNotEmpty();
        assertThat(midnight.get("parameters")).isEmpty();
        assertThat(report.get("parameters").has("daily-aid-trucks.minimum-per-day")).as("set differently by the readings").isFalse();
    }

    @Test
    @DisplayName("--reading: the top-level readings says which reading each clause is kept to, whatIf says so, the kept reading's"
            + " parameters have one value, and the clause's findings are judged under it alone")
    void keptReading() throws IOException {
        var facts = facts().day("2023-11-24").trucks(200, "COGAT").trucks(196, "UN OCHA").and().build();
        JsonNode report = json(RuleBooks.checker().check(facts, RuleBooks.bundled(),
                new org.truce.check.Scenario(java.util.Map.of(), java.util.Map.of("T06", "300-including-fuel"), null)));
        assertThat(fields(report)).containsSequence("whatIf", "readings", "parameters", "clauseReadings");
        assertThat(report.get("readings").toString()).isEqualTo("{\"T06\":\"300-including-fuel\"}");
        assertThat(report.get("whatIf")).extracting(JsonNode::asText)
                .containsExactly("what-if: clause T06 read only as 300-including-fuel, its other readings set aside");
        assertThat(report.get("parameters").get("daily-aid-trucks.minimum-per-day").asLong()).isEqualTo(300);
        assertThat(report.get("clauseReadings").get("T06")).extracting(r -> r.get("id").asText()).containsExactly("300-including-fuel");
        assertThat(report.get("clauseReadings").get("T14")).as("other clauses keep every reading").hasSize(2);
        JsonNode trucks = finding(report, "daily-aid-trucks/2023-11-24");
        assertThat(trucks.get("status").asText()).isEqualTo("VIOLATED");
        assertThat(trucks.has("contestedBy")).isFalse();
        assertThat(trucks.get("readings")).extracting(r -> r.get("id").asText()).containsExactly("300-including-fuel");
        assertThat(trucks.get("accounts")).extracting(a -> a.get("reading").asText()).containsOnly("300-including-fuel");
    }

    @Test
    @DisplayName("whatIf: one line per --reading, then per --set, then for --rules; absent for a run as reported")
    void whatIf() throws IOException {
        var facts = facts().day("2023-11-24").trucks(200, "COGAT").and().build();
        JsonNode report = json(RuleBooks.checker().check(facts, RuleBooks.bundled(), new org.truce.check.Scenario(
                java.util.Map.of("daily-aid-trucks.minimum-per-day", 250L, "daily-fuel.minimum-litres-per-day", 1L),
                java.util.Map.of("T14", "before-midnight"), "my-rules")));
        assertThat(report.get("whatIf")).extracting(JsonNode::asText).containsExactly(
                "what-if: clause T14 read only as before-midnight, its other readings set aside",
                "what-if: daily-aid-trucks.minimum-per-day = 250, not as reported",
                "what-if: daily-fuel.minimum-litres-per-day = 1, not as reported",
                "what-if: rules from my-rules, not the bundled rule set");
        assertThat(fields(report)).startsWith("format", "agreement", "title", "whatIf", "readings", "parameters");
        assertThat(report.get("parameters").get("daily-aid-trucks.minimum-per-day").asLong()).as("--set gives every reading 250").isEqualTo(250);
        assertThat(json(sample()).has("whatIf")).isFalse();
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
