package org.truce.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.testing.RuleBooks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new user copies the rules, edits one, and checks with {@code --rules}: a report that no rule of the edited set
 * decides any more is listed among the finding's reports that decide nothing, never dropped without a word.
 */
@DisplayName("No report disappears silently: a rule edited so that neither of its pair fires")
class EditedRuleCliTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName(">= edited to > in T06's 'at least' rule: the 200-truck reports of 24 and 26 November are listed as undecided, not dropped")
    void editedRule() throws Exception {
        try (Stream<Path> files = Files.list(RuleBooks.BUNDLED)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path drl = dir.resolve("daily-aid-trucks.drl");
        String text = Files.readString(drl);
        String at = "$trucks : TruckCount( date == $date, trucks >= $minimum, bound != Bound.AT_MOST )";
        assertThat(text).contains(at);
        Files.writeString(drl, text.replace(at, "$trucks : TruckCount( date == $date, trucks > $minimum, bound != Bound.AT_MOST )"));

        var r = Cli.run("check", "--rules", dir.toString(), "--format", "json");
        assertThat(r.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(r.out());
        for (String date : List.of("2023-11-24", "2023-11-26")) {
            JsonNode finding = finding(report, "daily-aid-trucks/" + date);
            List<String> unread = new ArrayList<>();
            for (JsonNode u : finding.path("undecidedBy")) {
                if ("200-including-fuel".equals(u.path("reading").asText()) && u.path("why").asText().startsWith("200 trucks: a report of this day that no rule of the term decided")) {
                    assertThat(u.path("why").asText()).contains("\"T06 At least the daily minimum of aid trucks entered, every truck counted\"");
                    assertThat(u.has("rule")).as("no rule said so").isFalse();
                    unread.add(u.path("sources").get(0).asText());
                }
            }
            assertThat(unread).as(date + ": the 200-truck reports, read as 200-including-fuel").isNotEmpty();
            assertThat(finding.path("summary").asText()).doesNotContain("needs a report");
        }

        var text200 = Cli.run("check", "--rules", dir.toString(), "--reading", "T06=200-including-fuel", "--format", "json");
        JsonNode only = new ObjectMapper().readTree(text200.out());
        JsonNode on26 = finding(only, "daily-aid-trucks/2023-11-26");
        assertThat(on26.path("status").asText()).isEqualTo("UNDETERMINED");
        // beside the day's partial figures (lower bounds below 200), which decide nothing by the rules
        assertThat(on26.path("summary").asText()).startsWith("no report decides it: ")
                .contains("/ 200 trucks: a report of this day that no rule of the term decided")
                .doesNotContain("needs");
    }

    @Test
    @DisplayName(">= edited to > in T04's 'at least the ratio' rule: a source's hostage count that formed no account is listed,"
            + " though the same source's prisoner count formed one with another source's hostages")
    void editedRuleOfTwoInputs() throws Exception {
        try (Stream<Path> files = Files.list(RuleBooks.BUNDLED)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path drl = dir.resolve("exchange-ratio.drl");
        String text = Files.readString(drl);
        String at = "bound != Bound.AT_MOST, value >= $ratio * $hostages.value )";
        assertThat(text).contains(at);
        Files.writeString(drl, text.replaceFirst(java.util.regex.Pattern.quote(at), "bound != Bound.AT_MOST, value > \\$ratio * \\$hostages.value )"));
        Path facts = dir.resolve("two-inputs.json");
        Files.writeString(facts, """
                {"format": "truce-facts/1", "agreement": "gaza-2023-11",
                 "sources": [{"id": "s1", "publisher": "Monitor A", "title": "t"}, {"id": "s2", "publisher": "Monitor B", "title": "t"}],
                 "days": [{"date": "2023-11-24",
                           "hostageReleases": [{"count": 10, "inDeal": true, "source": "s1"}, {"count": 8, "inDeal": true, "source": "s2"}],
                           "prisonerReleases": [{"count": 30, "source": "s1"}]}]}
                """);
        var r = Cli.run("check", facts.toString(), "--rules", dir.toString(), "--format", "json");
        assertThat(r.err()).isEmpty();
        JsonNode finding = finding(new ObjectMapper().readTree(r.out()), "exchange-ratio/2023-11-24");
        assertThat(finding.path("accounts")).extracting(a -> a.path("detail").asText()).containsExactly("8 hostages, 30 prisoners");
        assertThat(finding.path("undecidedBy")).extracting(u -> u.path("sources").toString() + " " + u.path("why").asText().split(":")[0])
                .containsExactly("[\"s1\"] 10 hostages released in the deal");
    }

    private static JsonNode finding(JsonNode report, String id) {
        for (JsonNode f : report.path("findings")) {
            if (f.path("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + id);
    }
}
