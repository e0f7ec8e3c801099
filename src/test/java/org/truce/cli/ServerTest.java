package org.truce.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.testing.RuleBooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The background server and its client, as the launcher uses them: a check through the server must print, write
 * and exit exactly as the same check run in the client's own folder, and a client that finds no server must leave
 * everything to the launcher.
 */
class ServerTest {

    @TempDir
    Path dir;

    private Path socket;
    private Thread serving;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    record Reply(int exitCode, String out, String err) {
    }

    @BeforeEach
    void start() throws Exception {
        socket = dir.resolve("s.sock");
        serving = serve(socket, Duration.ofMinutes(5));
    }

    @AfterEach
    void stop() throws Exception {
        if (serving.isAlive()) {
            stopServer();
            serving.join(60_000);
        }
        assertThat(failure.get()).isNull();
    }

    @Test
    @DisplayName("a check through the server prints what the same check prints run directly, and exits the same")
    void sameAsDirect() {
        var direct = Cli.run("check", "data/gaza-2023-11.json");
        var served = client(Path.of("").toAbsolutePath(), false, List.of("check", "data/gaza-2023-11.json"));
        assertThat(served.exitCode()).isEqualTo(3).isEqualTo(direct.exitCode());
        assertThat(served.out()).isEqualTo(direct.out()).contains("VIOLATED", "extension-hostages");
        assertThat(served.err()).isEqualTo(direct.err());
    }

    @Test
    @DisplayName("relative paths are the client's: a fact set, a rule set and the output file are read and written in its folder")
    void clientFolder() throws IOException {
        Files.copy(Path.of("data/gaza-2023-11.json"), dir.resolve("facts.json"));
        RuleBooks.copyBundled(dir);
        var served = client(dir, false, List.of("check", "facts.json", "--rules", "rules", "--format", "json", "-o", "report.json"));
        assertThat(served.exitCode()).as(served.err()).isEqualTo(3);
        assertThat(served.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("report.json"))).contains("\"format\": \"truce-report/1\"", "\"findings\"");
        assertThat(Path.of("report.json")).doesNotExist();
    }

    @Test
    @DisplayName("bad input through the server: the same one-line error, named as the client typed it, exit code 2")
    void badInput() {
        var served = client(dir, false, List.of("check", "missing.json"));
        assertThat(served.exitCode()).isEqualTo(2);
        assertThat(served.out()).isEmpty();
        assertThat(served.err()).isEqualTo("missing.json: expected a fact-set file, found nothing at this path\n");
    }

    @Test
    @DisplayName("a rule changed between two checks through the same server is seen by the second")
    void editedRuleSeen() throws IOException {
        Path rules = RuleBooks.copyBundled(dir);
        var before = client(dir, false, List.of("check", Path.of("data/gaza-2023-11.json").toAbsolutePath().toString(), "--rules", rules.toString()));
        Path aid = rules.resolve("aid.drl");
        String drl = Files.readString(aid);
        assertThat(drl).contains("aid trucks entering Gaza\"");
        Files.writeString(aid, drl.replace("aid trucks entering Gaza\"", "aid trucks entering Gaza (edited)\""));
        var after = client(dir, false, List.of("check", Path.of("data/gaza-2023-11.json").toAbsolutePath().toString(),
                "--rules", rules.toString(), "--format", "json"));
        assertThat(before.exitCode()).isEqualTo(3);
        assertThat(after.exitCode()).isEqualTo(3);
        assertThat(before.out()).doesNotContain("(edited)");
        assertThat(after.out()).contains("aid trucks entering Gaza (edited)");
    }

    @Test
    @DisplayName("progress reaches the client's stderr when its stderr is a terminal, and not otherwise")
    void progress() {
        var terminal = client(Path.of("").toAbsolutePath(), true, List.of("check"));
        var plain = client(Path.of("").toAbsolutePath(), false, List.of("check"));
        assertThat(terminal.err()).contains("\r\033[Ktruce: loading", "\r\033[Ktruce: evaluating");
        assertThat(plain.err()).isEmpty();
        assertThat(terminal.out()).isEqualTo(plain.out());
    }

    @Test
    @DisplayName("asked to stop, the server stops and removes its socket; a client then finds no server and writes nothing")
    void stopAndNotServed() throws Exception {
        var stopped = stopServer();
        assertThat(stopped.exitCode()).isZero();
        serving.join(60_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(socket).doesNotExist();
        var none = client(dir, false, List.of("check"));
        assertThat(none).isEqualTo(new Reply(Client.NOT_SERVED, "", ""));
    }

    @Test
    @DisplayName("a second server on a socket that already answers leaves at once; the first keeps serving")
    void secondServerLeaves() throws Exception {
        client(dir, false, List.of("check", "--help"));
        Thread second = serve(socket, Duration.ofMinutes(5));
        second.join(60_000);
        assertThat(second.isAlive()).isFalse();
        assertThat(client(Path.of("").toAbsolutePath(), false, List.of("check")).exitCode()).isEqualTo(3);
    }

    @Test
    @DisplayName("a socket left by a server that died is taken over by the next one")
    void deadSocketTakenOver() throws Exception {
        stopServer();
        serving.join(60_000);
        Path stale = dir.resolve("stale.sock");
        try (var dead = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            dead.bind(java.net.UnixDomainSocketAddress.of(stale));
        }
        assertThat(stale).exists();
        assertThat(client(stale, dir, List.of("check")).exitCode()).isEqualTo(Client.NOT_SERVED);
        socket = stale;
        serving = serve(stale, Duration.ofMinutes(5));
        Reply served = client(Path.of("").toAbsolutePath(), false, List.of("check"));
        // Until the new server has replaced the dead socket, a client is not served (and the launcher checks alone).
        for (int i = 0; i < 600 && served.exitCode() == Client.NOT_SERVED; i++) {
            Thread.sleep(100);
            served = client(Path.of("").toAbsolutePath(), false, List.of("check"));
        }
        assertThat(served.exitCode()).isEqualTo(3);
    }

    @Test
    @DisplayName("a request that is not of the protocol is left unanswered, and the next client is served")
    void malformedRequest() throws Exception {
        for (int count : new int[]{-5, Integer.MAX_VALUE}) {
            try (var channel = java.nio.channels.SocketChannel.open(java.net.UnixDomainSocketAddress.of(socket))) {
                var request = new java.io.DataOutputStream(java.nio.channels.Channels.newOutputStream(channel));
                request.writeInt(Server.PROTOCOL);
                request.writeUTF(dir.toString());
                request.writeBoolean(false);
                request.writeInt(count);
                request.flush();
                assertThat(java.nio.channels.Channels.newInputStream(channel).read()).isEqualTo(-1);
            }
        }
        assertThat(client(Path.of("").toAbsolutePath(), false, List.of("check")).exitCode()).isEqualTo(3);
    }

    @Test
    @DisplayName("a server without requests stops by itself after its idle time")
    void idle() throws Exception {
        stopServer();
        serving.join(60_000);
        Path quiet = dir.resolve("quiet.sock");
        Thread idle = serve(quiet, Duration.ofMillis(200));
        idle.join(120_000);
        assertThat(idle.isAlive()).isFalse();
        assertThat(quiet).doesNotExist();
    }

    private Thread serve(Path at, Duration idle) throws InterruptedException {
        Thread t = new Thread(() -> {
            try {
                new Server(at, idle).serve();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "truce-server-" + at.getFileName());
        t.setDaemon(true);
        t.start();
        // The client waits for a server that is still starting only once its socket exists.
        for (int i = 0; i < 600 && !Files.exists(at) && t.isAlive(); i++) {
            Thread.sleep(100);
        }
        return t;
    }

    private Reply client(Path folder, boolean terminal, List<String> args) {
        return client(socket, folder, terminal, false, args);
    }

    private Reply stopServer() {
        return client(socket, dir, false, true, List.of());
    }

    private Reply client(Path at, Path folder, List<String> args) {
        return client(at, folder, false, false, args);
    }

    private static Reply client(Path at, Path folder, boolean terminal, boolean stop, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Client.run(at, folder, terminal, stop, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Reply(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
