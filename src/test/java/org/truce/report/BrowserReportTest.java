package org.truce.report;

import org.truce.cli.Agreements;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Opens the HTML report of the bundled data in headless Chromium, as a reader's browser would, and checks the page
 * through the DOM that Chromium dumps after loading it. Skipped where Chromium is missing, except on CI.
 */
@DisplayName("The HTML report in a real browser (headless Chromium)")
class BrowserReportTest {

    private static final long TIMEOUT_SECONDS = 120;
    private static Path chromium;

    @BeforeAll
    static void findChromium() {
        chromium = locate();
        if (chromium == null) {
            String message = "Chromium is not installed: install it with `apt-get install -y chromium` (Debian) to run the browser test of the HTML report";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: the browser test must run on CI)");
            }
            Assumptions.abort(message);
        }
    }

    private static Path locate() {
        Path usual = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(usual)) {
            return usual;
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, "chromium");
                if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Runs Chromium headless on a page with the given extra arguments and returns what it printed. */
    private static String chromium(Path dir, Path page, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path out = dir.resolve("chromium-" + System.nanoTime() + ".out");
        Path err = dir.resolve("chromium-" + System.nanoTime() + ".err");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile));
        command.addAll(List.of(extra));
        command.add(page.toUri().toString());
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        assertThat(p.exitValue()).as("Chromium's exit code; it said: " + Files.readString(err, StandardCharsets.UTF_8)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("the page has " + start).isNotNegative();
        return text.substring(from, text.indexOf(end, from));
    }

    private static String title(String dom) {
        Matcher m = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as("the dumped DOM has a <title>").isTrue();
        return m.group(1);
    }

    @Test
    @DisplayName("a script in this browser does change document.title, so the next test can tell whether one ran")
    void scriptsRunInThisBrowser(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("control.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><title>control</title></head><body>"
                + "<script>document.title='pwned'</script></body></html>", StandardCharsets.UTF_8);
        assertThat(title(chromium(dir, page, "--dump-dom"))).isEqualTo("pwned");
    }

    @Test
    @DisplayName("the report of the bundled data, with a script planted in a source title: matrix 8 terms × 7 days, charts drawn, no script run")
    void bundledReport(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("report.html");
        Files.writeString(page, BundledReports.render(new HtmlReport(Agreements::charts),
                BundledReports.check(BundledReports.withPlantedText(BundledReports.facts()))), StandardCharsets.UTF_8);

        String dom = chromium(dir, page, "--dump-dom");
        assertThat(title(dom)).isEqualTo("truce report: November 2023 humanitarian pause, as reported").isNotEqualTo("pwned");
        assertThat(dom).as("no script element in the page").doesNotContainIgnoringCase("<script");
        assertThat(dom).as("the planted title shows as text").contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;");

        String matrix = between(dom, "<table class=\"matrix\">", "</table>");
        assertThat(HtmlReportTest.count(matrix, "<tr class=\"term\">")).as("one row per term").isEqualTo(8);
        assertThat(HtmlReportTest.count(matrix, "<th class=\"day\"")).as("one column per pause day").isEqualTo(7);

        List<String> charts = new ArrayList<>();
        Matcher svg = Pattern.compile("<svg class=\"chart\" id=\"(chart-[a-z-]+)\".*?</svg>", Pattern.DOTALL).matcher(dom);
        while (svg.find()) {
            charts.add(svg.group(1));
            assertThat(HtmlReportTest.count(svg.group(), "<rect class=\"bar ")).as("bars of " + svg.group(1)).isPositive();
            assertThat(HtmlReportTest.count(svg.group(), "<text class=\"day\"")).as("days of " + svg.group(1)).isPositive();
        }
        assertThat(charts).containsExactly("chart-aid-trucks", "chart-hostages", "chart-hostages-total", "chart-prisoners");

        Path shot = dir.resolve("report.png");
        chromium(dir, page, "--screenshot=" + shot, "--window-size=1400,1000", "--hide-scrollbars");
        byte[] png = Files.readAllBytes(shot);
        assertThat(png.length).as("screenshot size").isGreaterThan(10_000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    /**
     * What a reader sees of each row of clause {@code T06}, {@code T05} and {@code T14} of the matrix as the page
     * loads, and after clicking the label of a reading of T06 and then of T14: the rows' visible text, cell by cell,
     * as the browser lays it out ({@code innerText} leaves out what the style rules hide). The page forbids scripts;
     * this copy of it drops that policy so that the test's own script can click as a reader would, and write what
     * shows into the page, where the dumped DOM carries it out.
     */
    private static List<String> seenAfterClicks(Path dir, String html) throws Exception {
        String policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n";
        assertThat(html).contains(policy);
        String probe = """
                <script>
                function row(clause) {
                  var th = Array.from(document.querySelectorAll('th.term')).find(t => t.textContent.startsWith(clause + ' '));
                  return Array.from(th.parentElement.querySelectorAll('td')).map(td => td.innerText.replace(/\\s+/g, ' ').trim()).join(' | ');
                }
                var seen = [];
                seen.push('as loaded T06: ' + row('T06'));
                seen.push('as loaded T14: ' + row('T14'));
                document.querySelector('label[for="pick-2-3"]').click();
                seen.push('T06 read as 300-including-fuel: ' + row('T06'));
                seen.push('T05 meanwhile: ' + row('T05'));
                seen.push('T14 meanwhile: ' + row('T14'));
                document.querySelector('label[for="pick-4-2"]').click();
                seen.push('T14 read as before-midnight: ' + row('T14'));
                seen.push('T06 meanwhile: ' + row('T06'));
                document.querySelector('label[for="pick-2-0"]').click();
                seen.push('T06 all readings again: ' + row('T06'));
                document.querySelector('label[for="pick-1-2"]').click();
                seen.push('T05 read as agreed for the extension: ' + row('T05'));
                document.querySelector('label[for="pick-1-1"]').click();
                seen.push('T05 read as ten per added day: ' + row('T05'));
                var pre = document.createElement('pre');
                pre.id = 'probe';
                pre.textContent = seen.join('\\n');
                document.body.appendChild(pre);
                </script>
                """;
        Path page = dir.resolve("probe.html");
        Files.writeString(page, html.replace(policy, "").replace("</body>", probe + "</body>"), StandardCharsets.UTF_8);
        String dom = chromium(dir, page, "--dump-dom");
        String seen = between(dom, "<pre id=\"probe\">", "</pre>").substring("<pre id=\"probe\">".length());
        return seen.replace("&amp;", "&").lines().toList();
    }

    @Test
    @DisplayName("the matrix under each reading: clicking a reading of T06 shows its row under it (VIOLATED read as 300-including-fuel),"
            + " other rows unchanged; each clause's choice is its own; all readings again shows the combined statuses; T05 read as agreed"
            + " for the extension requires nothing on the first day of a two-day extension, so nothing was breached there")
    void matrixUnderEachReading(@TempDir Path dir) throws Exception {
        String html = BundledReports.render(new HtmlReport(Agreements::charts), BundledReports.check(BundledReports.facts()));
        String combined = "± CONTESTED (readings, sources) | ± CONTESTED (readings) | ± CONTESTED (readings) | ? UNDETERMINED"
                + " | ± CONTESTED (readings) | ± CONTESTED (readings) | ? UNDETERMINED";
        String violated = "✗ VIOLATED | ✗ VIOLATED | ✗ VIOLATED | ? UNDETERMINED | ✗ VIOLATED | ✗ VIOLATED | ? UNDETERMINED";
        assertThat(seenAfterClicks(dir, html)).containsExactly(
                "as loaded T06: " + combined,
                "as loaded T14: — | ± CONTESTED (readings) | — | — | — | — | —",
                "T06 read as 300-including-fuel: " + violated,
                "T05 meanwhile: — | — | — | — | ✓ COMPLIANT | ✓ COMPLIANT | ± CONTESTED",
                "T14 meanwhile: — | ± CONTESTED (readings) | — | — | — | — | —",
                "T14 read as before-midnight: — | ✓ COMPLIANT | — | — | — | — | —",
                "T06 meanwhile: " + violated,
                "T06 all readings again: " + combined,
                "T05 read as agreed for the extension: — | — | — | — | ✓ COMPLIANT | ✓ COMPLIANT | ± CONTESTED",
                "T05 read as ten per added day: — | — | — | — | ✓ COMPLIANT | ✓ COMPLIANT | ± CONTESTED");
    }
}
