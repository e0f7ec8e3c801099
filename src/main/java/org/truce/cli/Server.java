package org.truce.cli;

import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.truce.factset.WorkingFolder;
import org.truce.rulebook.RuleBookLoader;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The background server: a JVM that stays up between checks, with Drools' classes loaded, the compiled rules in
 * memory and its code compiled, so that {@code ./truce check} costs the launcher's small {@link Client} and the check
 * itself instead of a whole JVM start. The launcher starts it after a check it ran itself, and talks to it over a
 * Unix domain socket in a folder only the user can open; the server also refuses a peer that is not the same user.
 *
 * <p>One request at a time, each with the client's working folder, arguments and terminal: the check runs exactly as
 * {@code truce check} would in the client's folder (it reads the rules and facts anew every time; an unchanged rule
 * set is not compiled again). The server stops after a spell without requests, when asked to, and when the jar it
 * runs from is rebuilt.
 *
 * <p>The protocol (version {@value #PROTOCOL}): the client sends an int version, the working folder, a boolean
 * "stderr is a terminal", an int count and that many arguments ({@code writeUTF}); a count of -1 asks the server to
 * stop. The server answers with frames: {@code 'O'} or {@code 'E'}, an int length and that many bytes of stdout or
 * stderr, then {@code 'X'} and the exit code. A connection closed without {@code 'X'} means "not served".
 */
final class Server {

    static final int PROTOCOL = 1;
    static final int STOP = -1;
    private static final long OUTDATED_CHECK_MILLIS = 5_000;
    private static final int MAX_ARGUMENTS = 100_000;

    private final Path socket;
    private final Duration idle;
    private final Path jar;
    private final long jarStamp;

    Server(Path socket, Duration idle) {
        this.socket = socket.toAbsolutePath();
        this.idle = idle;
        this.jar = ownJar();
        this.jarStamp = stamp(jar);
    }

    /** Serves until idle, stopped or outdated; returns at once when another server already answers on the socket. */
    void serve() throws IOException {
        try (ServerSocketChannel server = bind()) {
            if (server == null) {
                return;
            }
            try {
                RuleBookLoader.keepRecentInMemory(8);
                warmUp();
                loop(server);
            } finally {
                RuleBookLoader.keepRecentInMemory(0);
                Files.deleteIfExists(socket);
            }
        }
    }

    private ServerSocketChannel bind() throws IOException {
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(socket);
        if (Files.exists(socket)) {
            try (SocketChannel other = SocketChannel.open(address)) {
                return null;
            } catch (IOException e) {
                // Left by a server that was killed: nobody answers, so it can go.
                Files.deleteIfExists(socket);
            }
        }
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(address);
        } catch (IOException e) {
            // Another server bound it first.
            server.close();
            return null;
        }
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        return server;
    }

    /** A few checks of the bundled data, output dropped, so that the first request finds the code compiled. */
    private static void warmUp() {
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
        for (int i = 0; i < 4; i++) {
            Main.run(nowhere, nowhere, false, "check", "--format", i % 2 == 0 ? "text" : "json");
        }
    }

    private void loop(ServerSocketChannel server) throws IOException {
        server.configureBlocking(false);
        try (Selector selector = Selector.open()) {
            server.register(selector, SelectionKey.OP_ACCEPT);
            long lastRequest = System.nanoTime();
            while (true) {
                // Wakes at least every few seconds to see whether truce was rebuilt: a new build's launcher talks to
                // a server of its own, so this one would only idle.
                long left = idle.toMillis() - (System.nanoTime() - lastRequest) / 1_000_000;
                if (left <= 0 || stamp(jar) != jarStamp) {
                    return;
                }
                if (selector.select(Math.min(left, OUTDATED_CHECK_MILLIS)) == 0) {
                    continue;
                }
                selector.selectedKeys().clear();
                lastRequest = System.nanoTime();
                SocketChannel client = server.accept();
                if (client == null) {
                    continue;
                }
                try (client) {
                    client.configureBlocking(true);
                    if (!handle(client)) {
                        return;
                    }
                } catch (IOException e) {
                    // The client went away (interrupted, say): nothing to answer, and the next one is served.
                }
            }
        }
    }

    /** Serves one request; false when the server should stop. */
    private boolean handle(SocketChannel channel) throws IOException {
        if (!sameUser(channel)) {
            return true;
        }
        DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
        DataOutputStream reply = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
        if (in.readInt() != PROTOCOL) {
            return true;
        }
        Path folder = Path.of(in.readUTF());
        boolean progress = in.readBoolean();
        int count = in.readInt();
        if (count == STOP) {
            exit(reply, Main.OK);
            return false;
        }
        if (stamp(jar) != jarStamp) {
            // Rebuilt since this server started: the client runs the new build itself.
            return false;
        }
        if (count < 0 || count > MAX_ARGUMENTS) {
            // Not a request of this protocol: left unanswered, so the client runs the check itself.
            return true;
        }
        List<String> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            args.add(in.readUTF());
        }
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(new Frames(reply, 'O'), 1 << 16), charset));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new Frames(reply, 'E'), charset), true);
        int code = WorkingFolder.with(folder.isAbsolute() ? folder : folder.toAbsolutePath(),
                () -> Main.run(out, err, progress, args.toArray(String[]::new)));
        out.flush();
        err.flush();
        exit(reply, code);
        return true;
    }

    private static void exit(DataOutputStream reply, int code) throws IOException {
        reply.writeByte('X');
        reply.writeInt(code);
        reply.flush();
    }

    private static boolean sameUser(SocketChannel channel) {
        try {
            UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
            return peer.user().getName().equals(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            // No peer credentials on this system: the socket's folder and mode (owner only) still keep others out.
            return true;
        }
    }

    private static Path ownJar() {
        try {
            Path where = Path.of(Server.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(where) ? where : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static long stamp(Path jar) {
        try {
            return jar == null ? 0 : Files.getLastModifiedTime(jar).toMillis() ^ Files.size(jar);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Bytes written become frames of one kind on the reply. */
    private static final class Frames extends OutputStream {
        private final DataOutputStream reply;
        private final int kind;

        Frames(DataOutputStream reply, int kind) {
            this.reply = reply;
            this.kind = kind;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) {
                reply.writeByte(kind);
                reply.writeInt(len);
                reply.write(b, off, len);
                if (kind == 'E') {
                    reply.flush();
                }
            }
        }

        @Override
        public void flush() throws IOException {
            reply.flush();
        }
    }
}
