package org.truce.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The launcher's side of the {@link Server}: sends the working folder and the arguments of {@code truce check},
 * copies what the server writes to stdout and stderr, and exits with the server's exit code. Small on purpose (no
 * picocli, no Jackson, no Drools): its JVM starts in a fraction of truce's.
 *
 * <p>{@code Client SOCKET TERMINAL ARGS...} runs a check; {@code Client SOCKET --stop} stops the server. Exit code
 * {@value #NOT_SERVED} means nothing was served and nothing written: the launcher then runs the check itself.
 */
public final class Client {

    /** Nobody answered, or the server declined (it is outdated): run the check without it. */
    public static final int NOT_SERVED = 75;

    private Client() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2) {
            err.println("usage: Client SOCKET --stop | Client SOCKET TERMINAL ARGS...");
            return Main.BAD_INPUT;
        }
        Path socket = Path.of(args[0]);
        boolean stop = args[1].equals("--stop");
        List<String> rest = stop ? List.of() : Arrays.asList(args).subList(2, args.length);
        return run(socket, Path.of("").toAbsolutePath(), Boolean.parseBoolean(args[1]), stop, rest, out, err);
    }

    static int run(Path socket, Path folder, boolean terminal, boolean stop, List<String> args, PrintStream out, PrintStream err) {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException | RuntimeException e) {
            return NOT_SERVED;
        }
        boolean wrote = false;
        try (channel) {
            DataOutputStream request = new DataOutputStream(Channels.newOutputStream(channel));
            request.writeInt(Server.PROTOCOL);
            request.writeUTF(folder.toString());
            request.writeBoolean(terminal);
            request.writeInt(stop ? Server.STOP : args.size());
            for (String arg : args) {
                request.writeUTF(arg);
            }
            request.flush();
            DataInputStream reply = new DataInputStream(Channels.newInputStream(channel));
            byte[] buffer = new byte[1 << 16];
            while (true) {
                int kind = reply.read();
                if (kind == 'X') {
                    return reply.readInt();
                }
                if (kind != 'O' && kind != 'E') {
                    break;
                }
                int length = reply.readInt();
                PrintStream to = kind == 'O' ? out : err;
                copy(reply, to, length, buffer);
                wrote = true;
                if (kind == 'E') {
                    to.flush();
                }
            }
        } catch (EOFException e) {
            // Cut short: handled below.
        } catch (IOException e) {
            if (!wrote) {
                return NOT_SERVED;
            }
        } finally {
            out.flush();
        }
        if (!wrote) {
            return NOT_SERVED;
        }
        err.println("truce: the background server stopped before the check ended; run the command again"
                + " (TRUCE_SERVER=off runs it without the server)");
        return Main.INTERNAL_ERROR;
    }

    private static void copy(InputStream in, OutputStream to, int length, byte[] buffer) throws IOException {
        int left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, Math.min(buffer.length, left));
            if (n < 0) {
                throw new EOFException();
            }
            to.write(buffer, 0, n);
            left -= n;
        }
    }
}
