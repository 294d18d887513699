package io.skein.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal SMTP server in the test JVM that refuses every recipient with {@code 550 5.1.1 user unknown}:
 * a mailbox that does not exist, the hard bounce a real server answers at RCPT TO.
 */
final class RejectingSmtpServer implements AutoCloseable {

	private final ServerSocket socket;

	private final Thread acceptor;

	RejectingSmtpServer() throws IOException {
		this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		this.acceptor = new Thread(this::serve, "rejecting-smtp");
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	int port() {
		return this.socket.getLocalPort();
	}

	private void serve() {
		while (!this.socket.isClosed()) {
			try (Socket client = this.socket.accept();
					BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
					PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
				reply(out, "220 reject.test ESMTP");
				String line;
				session:
				while ((line = in.readLine()) != null) {
					String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
					switch (command) {
						case "EHLO", "HELO" -> reply(out, "250 reject.test");
						case "RCPT" -> reply(out, "550 5.1.1 " + line.substring(line.indexOf(':') + 1).strip() + " user unknown");
						case "QUIT" -> {
							reply(out, "221 bye");
							break session;
						}
						default -> reply(out, "250 OK");
					}
				}
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	private static void reply(PrintWriter out, String line) {
		out.print(line + "\r\n");
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
