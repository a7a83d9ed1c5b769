package io.precondition.sample.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on 127.0.0.1 to a target on 127.0.0.1 (PostgreSQL), to make a database outage without stopping
 * the shared server. {@link #cut()} closes every forwarded connection and the listening socket (new connections are
 * refused); {@link #restore()} listens again on the same port. Given a bandwidth, it carries each direction over a
 * {@link PacedLink} of that bandwidth (the client benchmark's slower link).
 */
public final class TcpProxy implements AutoCloseable {
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile boolean closed;

    private final java.util.concurrent.atomic.AtomicLong bytesToClients = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong accepted = new java.util.concurrent.atomic.AtomicLong();

    private final PacedLink toTarget;
    private final PacedLink toClients;

    public TcpProxy(int targetPort) {
        this(targetPort, null, null);
    }

    /** A forwarder whose every connection shares one link of {@code bitsPerSecond} each way. */
    public TcpProxy(int targetPort, long bitsPerSecond) {
        this(targetPort, new PacedLink(bitsPerSecond), new PacedLink(bitsPerSecond));
    }

    private TcpProxy(int targetPort, PacedLink toTarget, PacedLink toClients) {
        this.toTarget = toTarget;
        this.toClients = toClients;
        this.targetPort = targetPort;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        accept(listener);
    }

    /** @return the bytes sent from the target to the clients so far (status lines, fields and bodies) */
    public long bytesToClients() {
        return bytesToClients.get();
    }

    /** @return the connections accepted from clients so far */
    public long accepted() {
        return accepted.get();
    }

    public int port() {
        return port;
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return socket;
        } catch (IOException e) {
            throw new IllegalStateException("proxy cannot listen on 127.0.0.1:" + port + ": " + e, e);
        }
    }

    private void accept(ServerSocket server) {
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    accepted.incrementAndGet();
                    Socket upstream;
                    try {
                        upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    } catch (IOException e) {
                        client.close();
                        continue;
                    }
                    // As the two ends do: without it, a paced write's last segment waits for a delayed ACK (40 ms).
                    client.setTcpNoDelay(true);
                    upstream.setTcpNoDelay(true);
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream, null, toTarget);
                    pump(upstream, client, bytesToClients, toClients);
                } catch (IOException e) {
                    return; // listener closed
                }
            }
        }, "proxy-accept-" + port);
        t.setDaemon(true);
        t.start();
    }

    private void pump(Socket from, Socket to, java.util.concurrent.atomic.AtomicLong counted, PacedLink link) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (link != null) {
                        link.carry(n);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                    if (counted != null) {
                        counted.addAndGet(n);
                    }
                }
            } catch (IOException e) {
                // closed on either side
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    /** The outage: refuse new connections and close every open one. */
    public synchronized void cut() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closed
        }
        open.forEach(this::closeQuietly);
    }

    /** The end of the outage: accept connections again, on the same port. */
    public synchronized void restore() {
        if (!closed && listener.isClosed()) {
            listener = listen(port);
            accept(listener);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        cut();
    }
}
