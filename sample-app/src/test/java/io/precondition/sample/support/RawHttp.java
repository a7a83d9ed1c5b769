package io.precondition.sample.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket to 127.0.0.1, for what the JDK client refuses to send: restricted headers
 * (Content-Length), several lines of one field, empty values, control characters, raw UTF-8.
 * Every request carries {@code Connection: close}. A connection closed before a complete status line
 * and header section fails the test as a dropped connection.
 */
public final class RawHttp {
    /** How long to wait for each read before calling the server hung. */
    public static final int READ_TIMEOUT_MILLIS = 15_000;

    private final int port;
    private final String method;
    private final String target;
    private final List<String[]> headers = new ArrayList<>();
    private byte[] body;
    private Long contentLength;
    private boolean sendBody = true;
    private boolean readToEof;

    private RawHttp(int port, String method, String target) {
        this.port = port;
        this.method = method;
        this.target = target;
    }

    public static RawHttp request(int port, String method, String target) {
        return new RawHttp(port, method, target);
    }

    /** Adds one header line; the value is written as UTF-8 bytes, exactly as given. */
    public RawHttp header(String name, String value) {
        headers.add(new String[] {name, value});
        return this;
    }

    public RawHttp body(String text) {
        this.body = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    public RawHttp body(byte[] bytes) {
        this.body = bytes;
        return this;
    }

    /** Declares this Content-Length instead of the body's length. */
    public RawHttp contentLength(long length) {
        this.contentLength = length;
        return this;
    }

    /** Writes only the header section, none of the declared body. */
    public RawHttp withoutSendingBody() {
        this.sendBody = false;
        return this;
    }

    /** Reads everything up to the server's close as the body, whatever the framing says (for HEAD/304). */
    public RawHttp readBodyToEof() {
        this.readToEof = true;
        return this;
    }

    public Reply send() {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        StringBuilder shown = new StringBuilder(method + " " + target + " (raw socket)");
        for (String[] h : headers) {
            head.append(h[0]).append(": ").append(h[1]).append("\r\n");
            shown.append(" [").append(h[0]).append(": ").append(escape(h[1])).append(']');
        }
        Long length = contentLength != null ? contentLength : body != null ? Long.valueOf(body.length) : null;
        if (length != null) {
            head.append("Content-Length: ").append(length).append("\r\n");
            shown.append(" [Content-Length: ").append(length).append(']');
        }
        head.append("Connection: close\r\n\r\n");
        String request = shown.toString();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                if (body != null && sendBody) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException e) {
                // The server may answer (e.g. 413, 431) and close before reading all we send; read its answer.
            }
            return read(request, method, readToEof, new BufferedInputStream(socket.getInputStream()));
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no complete response within " + READ_TIMEOUT_MILLIS + " ms to " + request, e);
        } catch (IOException e) {
            throw new AssertionError("connection failed or dropped for " + request + ": " + e, e);
        }
    }

    /**
     * Reads one response from {@code in}, framed as RFC 9112 §6.3 says for a request of {@code method} (or up to
     * the server's close with {@code readToEof}); also used by {@link KeepAliveConnection}.
     */
    static Reply read(String request, String method, boolean readToEof, InputStream in) throws IOException {
        String statusLine;
        try {
            statusLine = line(in);
        } catch (EOFException e) {
            throw new AssertionError("connection dropped before a status line for " + request);
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new AssertionError("bad status line '" + statusLine + "' for " + request);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        while (true) {
            String line;
            try {
                line = line(in);
            } catch (EOFException e) {
                throw new AssertionError("connection dropped inside the header section for " + request);
            }
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(line.substring(colon + 1).trim());
        }
        byte[] responseBody;
        List<String> length = fields.get("content-length");
        List<String> encoding = fields.get("transfer-encoding");
        if (readToEof) {
            responseBody = in.readAllBytes();
        } else if (method.equals("HEAD") || status == 204 || status == 304 || status < 200) {
            responseBody = new byte[0];
        } else if (encoding != null && encoding.toString().toLowerCase(Locale.ROOT).contains("chunked")) {
            responseBody = chunked(in);
        } else if (length != null) {
            responseBody = in.readNBytes(Integer.parseInt(length.get(0)));
        } else {
            responseBody = in.readAllBytes();
        }
        return new Reply(request, status, fields, responseBody);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(in);
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
            if (size == 0) {
                while (!line(in).isEmpty()) {
                    // trailers
                }
                return out.toByteArray();
            }
            out.write(in.readNBytes(size));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException();
            }
            if (b == '\n') {
                byte[] bytes = out.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            out.write(b);
        }
    }

    /** Shows control characters and long values readably in assertion messages. */
    public static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length() && out.length() < 300; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > 300) {
            out.append("...(").append(value.length()).append(" chars)");
        }
        return out.toString();
    }
}
