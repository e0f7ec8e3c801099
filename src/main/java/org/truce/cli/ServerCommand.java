package org.truce.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code truce server}: the background server the launcher starts and talks to; not meant to be typed. */
@Command(name = "server",
        hidden = true,
        mixinStandardHelpOptions = true,
        description = {
                "Serves 'truce check' to the launcher's client over a Unix domain socket, from a JVM that stays warm.",
                "The ./truce launcher starts it after a check and stops using it when TRUCE_SERVER=off; './truce server stop'",
                "stops it. It stops by itself after --idle-minutes without a request, and when its jar is rebuilt."})
final class ServerCommand implements Callable<Integer> {

    @Option(names = "--socket", paramLabel = "PATH", required = true, description = "The socket to listen on (in a folder of the user's own).")
    private Path socket;

    @Option(names = "--idle-minutes", paramLabel = "N", defaultValue = "30", description = "Stop after N minutes without a request (default: ${DEFAULT-VALUE}).")
    private long idleMinutes;

    @Override
    public Integer call() throws Exception {
        new Server(socket, Duration.ofMinutes(Math.max(1, idleMinutes))).serve();
        return Main.OK;
    }
}
