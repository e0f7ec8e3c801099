package org.truce.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.java.en.Then;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.check.Status;
import org.truce.factset.Source;
import org.truce.report.CsvReport;
import org.truce.report.HtmlReport;
import org.truce.report.JsonReport;
import org.truce.report.MarkdownReport;
import org.truce.report.ReportWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees of a finding's accounts in the written reports, rendered by the report writers of the command line:
 * the lines of the Markdown and HTML reports, the accounts of the JSON report, the rows of the CSV report.
 */
public class ReportViewSteps {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final World world;

    public ReportViewSteps(World world) {
        this.world = world;
    }

    /**
     * One row a line the reader sees, in order: column "status", column "figure" (the account's detail), column
     * "according to" (how many accounts and every source among them, as the report says it), each in that order on the
     * line; the Markdown and the HTML report each show exactly these lines. An optional column "self-reported", "yes" or
     * "no", says whether the line is marked as resting only on the word of an interested party.
     */
    @Then("the reports for people show the accounts of the {term} term on {date} as:")
    public void shownAs(String term, LocalDate date, List<Map<String, String>> rows) {
        Finding f = world.theFinding(term, date, null);
        for (Map.Entry<String, List<String>> format : linesByFormat(f).entrySet()) {
            List<String> lines = format.getValue();
            assertThat(lines).as("the account lines of %s in the %s report", f.id(), format.getKey()).hasSameSizeAs(rows);
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                saysInOrder(format.getKey(), lines.get(i), row.get("status"), row.get("figure"), row.get("according to"));
                if (row.containsKey("self-reported")) {
                    assertThat(lines.get(i).endsWith("self-reported*") || lines.get(i).endsWith("self-reported"))
                            .as("the %s report's line \"%s\" is marked as resting only on an interested party's word", format.getKey(), lines.get(i))
                            .isEqualTo(yes(row.get("self-reported")));
                }
            }
        }
    }

    /**
     * All the accounts of the finding on one line, in the Markdown and the HTML report, that line giving the status, the
     * figure, how the accounts came to be ("192 combinations of sources, drawn from") and then every source of them.
     */
    @Then("the reports for people show the {int} accounts of the {term} term on {date} as one line, {status}: {string}, {string} every source among them")
    public void oneLine(int accounts, String term, LocalDate date, Status status, String figure, String according) {
        Finding f = world.theFinding(term, date, null);
        assertThat(f.accounts()).as("the accounts of %s", f.id()).hasSize(accounts);
        String names = String.join("; ", f.accounts().stream().flatMap(a -> a.sources().stream()).distinct().map(this::name).toList());
        for (Map.Entry<String, List<String>> format : linesByFormat(f).entrySet()) {
            assertThat(format.getValue()).as("the account lines of %s in the %s report", f.id(), format.getKey()).hasSize(1);
            String line = format.getValue().get(0);
            saysInOrder(format.getKey(), line, status.name(), figure, according);
            String named = line.substring(line.indexOf(according) + according.length()).strip();
            assertThat(named).as("the sources the %s report names, each once", format.getKey()).isEqualTo(names);
        }
    }

    @Then("the JSON report lists {int} account(s) of the {term} term on {date}")
    public void jsonAccounts(int count, String term, LocalDate date) {
        Finding f = world.theFinding(term, date, null);
        JsonNode finding = findingIn(read(render(new JsonReport())), f.id());
        assertThat(finding).as("the finding %s in the JSON report", f.id()).isNotNull();
        assertThat(finding.get("accounts")).as("the accounts of %s in the JSON report", f.id()).hasSize(count);
    }

    /** The rows of the CSV report for the finding: how many, and what their run column says of every one. */
    @Then("the CSV report has {int} row(s) for the {term} term on {date}, each with the run {string}")
    public void csvRows(int count, String term, LocalDate date, String run) {
        Finding f = world.theFinding(term, date, null);
        List<List<String>> rows = csv(render(new CsvReport()));
        List<String> header = rows.get(0);
        int finding = header.indexOf("finding");
        int runColumn = header.indexOf("run");
        List<List<String>> mine = rows.subList(1, rows.size()).stream().filter(r -> r.get(finding).equals(f.id())).toList();
        assertThat(mine).as("the CSV rows of %s", f.id()).hasSize(count);
        assertThat(mine).allSatisfy(r -> assertThat(r.get(runColumn)).as("the run column").isEqualTo(run));
    }

    private static boolean yes(String cell) {
        if (!cell.equals("yes") && !cell.equals("no")) {
            throw new IllegalArgumentException("column \"self-reported\" takes \"yes\" or \"no\", found \"" + cell + "\"");
        }
        return cell.equals("yes");
    }

    private static void saysInOrder(String format, String line, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = line.indexOf(part, from);
            assertThat(at).as("the %s report's line \"%s\" says \"%s\" after what came before", format, line, part)
                    .isGreaterThanOrEqualTo(from);
            from = at + part.length();
        }
        assertThat(line.startsWith(parts[0])).as("the %s report's line \"%s\" starts with its status", format, line).isTrue();
    }

    /** A source as a reader finds it named: its publisher, and who it relays, where that is someone else. */
    private String name(String id) {
        Source s = world.report().facts().sources().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no source " + id));
        return s.attribution() == null || s.attribution().isBlank() || s.attribution().equals(s.publisher())
                ? s.publisher() : s.publisher() + " (" + s.attribution() + ")";
    }

    private Map<String, List<String>> linesByFormat(Finding f) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        lines.put("Markdown", markdownLines(render(new MarkdownReport()), f));
        lines.put("HTML", htmlLines(render(new HtmlReport()), f));
        return lines;
    }

    /** The account lines under the finding's heading, the status's symbol and each source's id in brackets left out. */
    private List<String> markdownLines(String markdown, Finding f) {
        List<String> all = markdown.lines().toList();
        int heading = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).startsWith("### ") && all.get(i).endsWith("(" + f.id() + ")")) {
                heading = i;
                break;
            }
        }
        assertThat(heading).as("the Markdown report's heading of %s", f.id()).isNotNegative();
        int accounts = heading;
        while (accounts < all.size() && !all.get(accounts).startsWith("- **Accounts**")) {
            accounts++;
        }
        assertThat(accounts).as("the Markdown report lists the accounts of %s", f.id()).isLessThan(all.size());
        List<String> lines = new ArrayList<>();
        for (int i = accounts + 1; i < all.size() && all.get(i).startsWith("  - "); i++) {
            String line = withoutSymbol(all.get(i).substring(4));
            for (Source s : world.report().facts().sources()) {
                line = line.replace(" (" + s.id() + ")", "");
            }
            lines.add(line.replace("\\", ""));
        }
        return lines;
    }

    private static final Pattern ACCOUNTS = Pattern.compile("<ul class=\"accounts\">(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL);

    /** The items of the finding's list of accounts, as a browser shows their text. */
    private static List<String> htmlLines(String html, Finding f) {
        int heading = html.indexOf("<span class=\"muted\">(" + f.id().replace("&", "&amp;").replace("<", "&lt;") + ")</span></h3>");
        assertThat(heading).as("the HTML report's heading of %s", f.id()).isNotNegative();
        int end = html.indexOf("</article>", heading);
        Matcher accounts = ACCOUNTS.matcher(html.substring(heading, end));
        assertThat(accounts.find()).as("the HTML report lists the accounts of %s", f.id()).isTrue();
        Matcher item = ITEM.matcher(accounts.group(1));
        List<String> lines = new ArrayList<>();
        while (item.find()) {
            String text = item.group(1).replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&amp;", "&");
            lines.add(withoutSymbol(text));
        }
        return lines;
    }

    /** A line without the symbol of its status that starts it. */
    private static String withoutSymbol(String line) {
        return line.substring(line.indexOf(' ') + 1);
    }

    private String render(ReportWriter writer) {
        StringWriter out = new StringWriter();
        try {
            writer.write(List.<Report>of(world.report()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("the JSON report does not parse", e);
        }
    }

    /** The object in the JSON report whose id is the finding's and that lists accounts. */
    private static JsonNode findingIn(JsonNode node, String id) {
        if (node.isObject() && node.has("accounts") && node.path("id").asText().equals(id)) {
            return node;
        }
        for (JsonNode child : node) {
            JsonNode found = findingIn(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The rows of an RFC 4180 text. */
    private static List<List<String>> csv(String text) {
        return org.truce.testing.Csv.rows(text);
    }
}
