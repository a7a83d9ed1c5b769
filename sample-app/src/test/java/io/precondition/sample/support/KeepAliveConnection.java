package io.precondition.sample.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One persistent HTTP/1.1 connection to 127.0.0.1 (RFC 9112 §9.3): requests carry no {@code Connection: close}, and
 * each is sent on the same socket after the previous response. The body is written by a thread of its own while the
 * response is read, so that a server that answers before reading the body (a 412 from a request filter) cannot
 * block the client; {@link #send} returns once the response has arrived and the whole body has been written, so the
 * next request starts on a connection whose previous body the server has taken in full.
 */
public final class KeepAliveConnection implements AutoCloseable {
    private static final int CHUNK = 64 * 1024;

    private final int port;
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "keep-alive-writer");
        thread.setDaemon(true);
        return thread;
    });
    private int sent;

    /**
     * @param port the server's port on 127.0.0.1
     * @throws IOException when the connection cannot be opened
     */
    public KeepAliveConnection(int port) throws IOException {
        this.port = port;
        this.socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(RawHttp.READ_TIMEOUT_MILLIS);
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream());
    }

    /** @return how many requests this connection has sent */
    public int requestsSent() {
        return sent;
    }

    /**
     * Sends one request and reads its response.
     *
     * @param method the method
     * @param target the request target, e.g. {@code /pages/x}
     * @param body the body ({@code Content-Length} is its length), or {@code null} for none
     * @param headers header names and values, alternating
     * @return the response
     */
    public Reply send(String method, String target, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
        StringBuilder shown = new StringBuilder(method + " " + target + " (request " + (sent + 1) + " on one connection)");
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            shown.append(" [").append(headers[i]).append(": ").append(RawHttp.escape(headers[i + 1])).append(']');
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
            shown.append(" [Content-Length: ").append(body.length).append(']');
        }
        head.append("\r\n");
        String request = shown.toString();
        sent++;
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> write(head, body, request), writer);
        try {
            Reply reply = RawHttp.read(request, method, false, in);
            writing.get(RawHttp.READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            return reply;
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no complete response within " + RawHttp.READ_TIMEOUT_MILLIS + " ms to " + request, e);
        } catch (IOException e) {
            throw new AssertionError("connection failed or dropped for " + request + ": " + e, e);
        } catch (TimeoutException e) {
            throw new AssertionError("the server stopped reading the body of " + request, e);
        } catch (ExecutionException e) {
            throw new AssertionError("writing " + request + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private void write(CharSequence head, byte[] body, String request) {
        try {
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                for (int offset = 0; offset < body.length; offset += CHUNK) {
                    out.write(body, offset, Math.min(CHUNK, body.length - offset));
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("the server closed the connection while " + request + " was written", e);
        }
    }

    @Override
    public void close() throws IOException {
        writer.shutdownNow();
        socket.close();
    }
}
