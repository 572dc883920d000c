package org.entente.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Loopback ports: a free one for tests, or a check that a configured one is still free. */
public final class FreePorts {

    private FreePorts() {
    }

    /** Below Linux's ephemeral range (32768-60999 by default), so no outgoing connection takes one meanwhile. */
    private static final int LOW = 20_000;
    private static final int HIGH = 32_767;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * A port that was free on 127.0.0.1 a moment ago, and not handed out before by this JVM. Picked
     * below the ephemeral range: a port the OS assigns (bind to 0) comes from that range, where any
     * outgoing connection may take it as its source port before the server that was meant to bind it
     * does (seen: a second service instance failing to start, "port in use").
     */
    public static int pick() {
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOW, HIGH + 1);
            if (!HANDED_OUT.contains(port) && isFree(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    /** {@code port} itself when it is above zero, else a free one. */
    public static int orPick(int port) {
        return port > 0 ? port : pick();
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
