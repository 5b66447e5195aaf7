package cn.beianbridge.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A relay in front of a real SMTP server (GreenMail) that holds each message's end of data ({@code CRLF.CRLF}) for a
 * fixed time before passing it on, so every message takes that long to be accepted, as many at once as are sent;
 * it counts the connections made and the most open at one moment, and can hang up on every client, as a server
 * does with connections idle past its timeout.
 */
public final class SlowSmtpRelay {

	private static final byte[] END_OF_DATA = { '\r', '\n', '.', '\r', '\n' };

	private final ServerSocket listener;

	private final int upstreamPort;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final AtomicInteger open = new AtomicInteger();

	private final AtomicInteger mostAtOnce = new AtomicInteger();

	private final AtomicInteger made = new AtomicInteger();

	private final java.util.Set<Socket> clients = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private volatile long latencyMillis;

	/** A relay on a free port to the SMTP server on 127.0.0.1:{@code upstreamPort}. */
	public SlowSmtpRelay(int upstreamPort, long latencyMillis) {
		this.upstreamPort = upstreamPort;
		this.latencyMillis = latencyMillis;
		try {
			this.listener = new ServerSocket();
			listener.bind(new InetSocketAddress("127.0.0.1", 0), 200);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		threads.execute(this::accept);
	}

	public int port() {
		return listener.getLocalPort();
	}

	public void latency(long millis) {
		this.latencyMillis = millis;
	}

	/** The most SMTP connections open at one moment, each from its connect until the sender's QUIT. */
	public int mostAtOnce() {
		return mostAtOnce.get();
	}

	/** Connections the senders made since the last reset. */
	public int connections() {
		return made.get();
	}

	/** Closes every client's connection, as a server closes those idle past its timeout, without a word. */
	public void hangUpAll() {
		for (Socket client : clients) {
			try {
				client.close();
			}
			catch (IOException ex) {
				// gone already
			}
		}
	}

	/** Forgets the most connections seen, and those made. */
	public void reset() {
		mostAtOnce.set(open.get());
		made.set(0);
	}

	public void stop() {
		try {
			listener.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
		threads.shutdownNow();
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				threads.execute(() -> relay(client));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void relay(Socket client) {
		mostAtOnce.accumulateAndGet(open.incrementAndGet(), Math::max);
		made.incrementAndGet();
		clients.add(client);
		try (client; Socket server = new Socket("127.0.0.1", upstreamPort)) {
			// an SMTP dialogue is many small lines each way: Nagle with delayed ACKs would add ~40 ms to each
			client.setTcpNoDelay(true);
			server.setTcpNoDelay(true);
			threads.execute(() -> copy(server, client, false));
			if (!copy(client, server, true)) {
				open.decrementAndGet();
			}
		}
		catch (IOException ex) {
			// the sender or the server hung up
			open.decrementAndGet();
		}
		finally {
			clients.remove(client);
		}
	}

	/**
	 * Copies until the end of input; from the client, holds every chunk that completes a message's data, and counts the
	 * connection closed at its QUIT (the sender is done; the sockets close a moment later).
	 */
	private boolean copy(Socket from, Socket to, boolean fromClient) {
		byte[] buffer = new byte[8192];
		int matched = 0;
		boolean quit = false;
		try {
			InputStream in = from.getInputStream();
			OutputStream out = to.getOutputStream();
			int n;
			while ((n = in.read(buffer)) > 0) {
				if (fromClient) {
					boolean ends = false;
					for (int i = 0; i < n; i++) {
						matched = buffer[i] == END_OF_DATA[matched] ? matched + 1 : (buffer[i] == '\r' ? 1 : 0);
						if (matched == END_OF_DATA.length) {
							ends = true;
							matched = 0;
						}
					}
					if (ends) {
						Thread.sleep(latencyMillis);
					}
					if (!quit && new String(buffer, 0, n, java.nio.charset.StandardCharsets.US_ASCII).regionMatches(true, 0,
							"QUIT", 0, 4)) {
						quit = true;
						open.decrementAndGet();
					}
				}
				out.write(buffer, 0, n);
				out.flush();
			}
			to.shutdownOutput();
		}
		catch (IOException ex) {
			// the other side is gone
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return quit;
	}

}
