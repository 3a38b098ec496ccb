package dev.consultor.server;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Just enough of an SMTP server on loopback for the server's mail to be received and read:
 * greeting, EHLO/HELO, MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT. No STARTTLS and no AUTH are
 * offered. A recipient whose address starts with {@code refused-} is refused (550). It can be
 * stopped (connections refused) and started again on the same port, or turned silent (it accepts
 * connections and never answers).
 */
public final class FakeSmtpServer implements AutoCloseable {
    /** One message as the server took it: the envelope and the DATA, dot-stuffing undone. */
    public record Received(String from, List<String> recipients, String data) {
        public Received {
            recipients = List.copyOf(recipients);
        }

        public MimeMessage message() {
            try {
                return new MimeMessage(
                        Session.getInstance(new Properties()),
                        new ByteArrayInputStream(data.getBytes(StandardCharsets.ISO_8859_1)));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        public String text() {
            try {
                return message().getContent().toString();
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final List<Received> inbox = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile ServerSocket listening;
    private volatile boolean silent;

    private FakeSmtpServer() {}

    public static FakeSmtpServer start() {
        return new FakeSmtpServer().listen(0);
    }

    public int port() {
        return listening.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    public List<Received> inbox() {
        return List.copyOf(inbox);
    }

    /** The first message for {@code recipient}, waiting up to {@code timeout} for it. */
    public Received awaitMessageTo(String recipient, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Received received : inbox) {
                if (received.recipients().contains(recipient)) {
                    return received;
                }
            }
            sleep(20);
        }
        throw new AssertionError("no message to " + recipient + " in " + timeout + "; received " + inbox);
    }

    public void silent(boolean silent) {
        this.silent = silent;
    }

    /** Closes the listening socket: connections are refused until {@link #restart()}. */
    public void stop() {
        try {
            listening.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void restart() {
        listen(port());
    }

    @Override
    public void close() {
        stop();
    }

    private FakeSmtpServer listen(int on) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), on));
            listening = socket;
            Thread.ofPlatform()
                    .daemon()
                    .name("fake-smtp-" + socket.getLocalPort())
                    .start(() -> accept(socket));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            client.setSoTimeout(30_000);
            if (silent) {
                client.getInputStream().read();
                return;
            }
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.ISO_8859_1);
            reply(out, "220 fake-smtp ESMTP ready");
            String from = null;
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 fake-smtp");
                } else if (command.startsWith("MAIL FROM:")) {
                    from = address(line);
                    recipients.clear();
                    reply(out, "250 OK");
                } else if (command.startsWith("RCPT TO:")) {
                    String recipient = address(line);
                    if (recipient.startsWith("refused-")) {
                        reply(out, "550 No such user here");
                    } else {
                        recipients.add(recipient);
                        reply(out, "250 OK");
                    }
                } else if (command.equals("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    inbox.add(new Received(from, recipients, data(in)));
                    reply(out, "250 OK queued");
                } else if (command.equals("RSET")) {
                    from = null;
                    recipients.clear();
                    reply(out, "250 OK");
                } else if (command.equals("NOOP")) {
                    reply(out, "250 OK");
                } else if (command.equals("QUIT")) {
                    reply(out, "221 Bye");
                    return;
                } else {
                    reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException dropped) {
            // The client went away; whatever it completed is in the inbox.
        }
    }

    private static String data(BufferedReader in) throws IOException {
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
        }
        return data.toString();
    }

    private static String address(String command) {
        int open = command.indexOf('<');
        int close = command.indexOf('>', open + 1);
        return open >= 0 && close > open
                ? command.substring(open + 1, close)
                : command.substring(command.indexOf(':') + 1).strip();
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
