package org.truce.docs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository carries its own contract: nothing in it points at a specification or a folder outside it, and every
 * relative link of its Markdown pages leads to a file (and heading) that exists. A clone is all a user has.
 */
@DisplayName("The repository points nowhere outside itself, and its Markdown links resolve")
class NoOutsidePointersTest {

    /** The repository's own text: what users read, what the build and the rules read, and the scripts. */
    static final List<String> ROOTS = List.of("README.md", "docs", "features", "rules", "src", "bench", ".ci", "data",
            "pom.xml", "truce");

    /**
     * A section of an outside specification, its file, or the shared folder beside the repository. Written with
     * escapes so that this file does not match itself.
     */
    static final Pattern OUTSIDE = Pattern.compile("(?i)spec\\s*\\u00a7|spec\\.md|\\.\\./shared");

    /** The Markdown pages whose links are checked. */
    static List<Path> markdownPages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    @Test
    @DisplayName("no file cites an outside specification's sections or file, or the folder beside the repository")
    void noPointerOutside() throws IOException {
        List<Path> files = textFiles();
        assertThat(files).as("the files scanned").contains(Path.of("README.md"), Path.of("docs", "report-format.md"),
                Path.of("src", "main", "java", "org", "truce", "cli", "Main.java"), Path.of("rules", "gaza-2023-11", "clauses.json"));
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            String text = utf8(file);
            if (text == null) {
                continue; // not text: the corpus of bad input holds binary junk on purpose
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = OUTSIDE.matcher(lines[i]);
                if (m.find()) {
                    found.add(file + ":" + (i + 1) + ": " + m.group() + " in: " + lines[i].strip());
                }
            }
        }
        assertThat(found).as("pointers outside the repository; point at the page of docs/ that carries it instead").isEmpty();
    }

    @Test
    @DisplayName("the guard itself: it sees each kind of outside pointer, and not ordinary text")
    void guardSeesPointers() {
        String section = "Spec" + " \u00a7";
        assertThat(OUTSIDE.matcher("as " + section.toUpperCase(Locale.ROOT) + "6 defines it").find()).isTrue();
        assertThat(OUTSIDE.matcher("as " + section + "2 says").find()).isTrue();
        assertThat(OUTSIDE.matcher("see " + "Spec".toUpperCase(Locale.ROOT) + ".md").find()).isTrue();
        assertThat(OUTSIDE.matcher("(" + ".." + "/shared/reference/)").find()).isTrue();
        assertThat(OUTSIDE.matcher("escape each special character; the spec of the format, section 2").find()).isFalse();
    }

    @Test
    @DisplayName("every relative link of README.md and docs/*.md leads to a file of the repository, and to a heading of it")
    void relativeLinksResolve() throws IOException {
        Path root = Path.of("").toAbsolutePath().normalize();
        Map<Path, Set<String>> anchors = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : markdownPages()) {
            List<String> lines = prose(Files.readAllLines(page, StandardCharsets.UTF_8));
            for (int i = 0; i < lines.size(); i++) {
                for (String link : links(lines.get(i))) {
                    checked++;
                    String where = page + ":" + (i + 1) + ": (" + link + ") ";
                    if (link.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
                        continue; // https:, mailto: … an address, not a file of the repository
                    }
                    int hash = link.indexOf('#');
                    String file = decode(hash < 0 ? link : link.substring(0, hash));
                    String anchor = hash < 0 ? null : link.substring(hash + 1);
                    if (file.startsWith("/")) {
                        broken.add(where + "is an absolute path: make it relative to " + page);
                        continue;
                    }
                    Path target = (file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file)).toAbsolutePath().normalize();
                    if (!target.startsWith(root)) {
                        broken.add(where + "leads outside the repository");
                    } else if (!Files.exists(target)) {
                        broken.add(where + "leads to " + root.relativize(target) + ", which does not exist");
                    } else if (anchor != null && target.toString().endsWith(".md")
                            && !anchors.computeIfAbsent(target, NoOutsidePointersTest::headingAnchors).contains(anchor)) {
                        broken.add(where + "names #" + anchor + ", which is no heading of " + root.relativize(target)
                                + " (it has " + String.join(", ", new TreeSet<>(anchors.get(target))) + ")");
                    }
                }
            }
        }
        assertThat(checked).as("links found in the pages").isGreaterThan(5);
        assertThat(broken).as("broken relative links").isEmpty();
    }

    // ---- which files ---------------------------------------------------------------------------------------

    /**
     * The files under {@link #ROOTS} that git tracks or would add (not ignored), relative to the project folder;
     * without git (a source archive), every file under them but build output.
     */
    static List<Path> textFiles() throws IOException {
        List<Path> files = gitFiles();
        if (files == null) {
            files = new ArrayList<>();
            for (String r : ROOTS) {
                Path start = Path.of(r);
                if (Files.isRegularFile(start)) {
                    files.add(start);
                } else if (Files.isDirectory(start)) {
                    try (Stream<Path> walk = Files.walk(start)) {
                        walk.filter(Files::isRegularFile).filter(NoOutsidePointersTest::notBuildOutput).sorted().forEach(files::add);
                    }
                }
            }
        }
        return files;
    }

    private static boolean notBuildOutput(Path file) {
        for (Path name : file) {
            if (name.toString().equals("target")) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> gitFiles() {
        List<String> command = new ArrayList<>(List.of("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--"));
        command.addAll(ROOTS);
        try {
            Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out;
            try (InputStream in = git.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
                git.destroyForcibly();
                return null;
            }
            Set<Path> files = new LinkedHashSet<>();
            for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
                if (!name.isEmpty() && Files.isRegularFile(Path.of(name))) {
                    files.add(Path.of(name)); // a tracked file deleted in the working tree is left out
                }
            }
            return files.isEmpty() ? null : new ArrayList<>(files);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The file's text, or null when it is not UTF-8 text (binary, or another encoding on purpose). */
    private static String utf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            if (b == 0) {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    // ---- Markdown --------------------------------------------------------------------------------------------

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern INLINE_LINK = Pattern.compile("\\[[^\\]]*\\]\\(\\s*(<[^>]*>|[^)\\s]+)(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*(<[^>]*>|\\S+)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

    /** The lines of a page as prose: blank where they are inside a fenced code block, so line numbers stay right. */
    static List<String> prose(List<String> lines) {
        List<String> result = new ArrayList<>(lines.size());
        boolean inFence = false;
        for (String line : lines) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                result.add("");
            } else {
                result.add(inFence ? "" : line);
            }
        }
        return result;
    }

    /** The link targets of one line of prose: inline links and images, and reference definitions. */
    static List<String> links(String line) {
        // A code span shows text, never a link; the text of a link may be a code span ([`docs/x.md`](docs/x.md)).
        String text = CODE_SPAN.matcher(line).replaceAll("");
        List<String> found = new ArrayList<>();
        Matcher inline = INLINE_LINK.matcher(text);
        while (inline.find()) {
            found.add(unbracket(inline.group(1)));
        }
        Matcher definition = REFERENCE_DEFINITION.matcher(text);
        if (definition.find()) {
            found.add(unbracket(definition.group(1)));
        }
        return found;
    }

    private static String unbracket(String target) {
        return target.startsWith("<") && target.endsWith(">") ? target.substring(1, target.length() - 1) : target;
    }

    /** A link's path with its %-escapes decoded ({@code my%20notes.md}); as written when it is no URI path. */
    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            String decoded = new URI(path).getPath();
            return decoded == null ? path : decoded;
        } catch (URISyntaxException e) {
            return path;
        }
    }

    /** The anchors GitHub gives the headings of a page: lower case, punctuation dropped, spaces as dashes, repeats numbered. */
    static Set<String> headingAnchors(Path page) {
        try {
            Set<String> anchors = new LinkedHashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            for (String line : prose(Files.readAllLines(page, StandardCharsets.UTF_8))) {
                Matcher m = HEADING.matcher(line);
                if (m.matches()) {
                    String slug = anchor(m.group(1));
                    int n = seen.merge(slug, 1, Integer::sum);
                    anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
                }
            }
            return anchors;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String anchor(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1"); // a link in a heading counts by its text
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    @Test
    @DisplayName("the link reader: code spans, fenced blocks, anchors as GitHub makes them")
    void linkReader() {
        assertThat(links("see [`docs/a.md`](docs/a.md) and [b](../b.md#part \"title\"), not `[c](c.md)`"))
                .containsExactly("docs/a.md", "../b.md#part");
        assertThat(links("[ref]: docs/x.md")).containsExactly("docs/x.md");
        assertThat(prose(List.of("```", "[a](nowhere.md)", "```", "[b](b.md)"))).containsExactly("", "", "", "[b](b.md)");
        assertThat(anchor("Status: how accounts combine")).isEqualTo("status-how-accounts-combine");
        assertThat(anchor("`findings[]`")).isEqualTo("findings");
        assertThat(anchor("The fact-set format `truce-facts/1`")).isEqualTo("the-fact-set-format-truce-facts1");
    }
}
