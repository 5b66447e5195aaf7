package cn.beianbridge.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An SMS gateway as ARCHITECTURE.md has it ({@code POST {base}/sms/send} → {@code {"code":"OK","requestId":…}}) that
 * takes a fixed time to answer each request, as many at once as it is sent, and counts what it saw: the most
 * requests in flight at once, and each {@code outId} received.
 */
public final class SlowSmsGateway {

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger mostAtOnce = new AtomicInteger();

	private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

	private volatile long latencyMillis;

	public SlowSmsGateway(long latencyMillis) {
		this.latencyMillis = latencyMillis;
		// as a gateway's server would: without it the JDK's HttpServer leaves Nagle on, and each small reply waits for
		// the client's delayed ACK (about 40 ms), which is not the latency this gateway is meant to take
		System.setProperty("sun.net.httpserver.nodelay", "true");
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.createContext("/sms/send", this::send);
		server.setExecutor(threads);
		server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** From now on, each answer takes this long. */
	public void latency(long millis) {
		this.latencyMillis = millis;
	}

	/** The most requests the gateway was answering at one moment. */
	public int mostAtOnce() {
		return mostAtOnce.get();
	}

	/** Requests received per outId (the notification key). */
	public Map<String, Integer> receivedByOutId() {
		Map<String, Integer> counts = new java.util.HashMap<>();
		received.forEach((outId, count) -> counts.put(outId, count.get()));
		return counts;
	}

	public int receivedCount() {
		return received.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	/** Forgets what it saw. */
	public void reset() {
		received.clear();
		mostAtOnce.set(inFlight.get());
	}

	public void stop() {
		server.stop(0);
		threads.shutdownNow();
	}

	private void send(HttpExchange exchange) throws IOException {
		int now = inFlight.incrementAndGet();
		mostAtOnce.accumulateAndGet(now, Math::max);
		boolean counted = true;
		try {
			JsonNode request = FilingJson.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
			String outId = request.path("outId").asText();
			received.computeIfAbsent(outId, id -> new AtomicInteger()).incrementAndGet();
			Thread.sleep(latencyMillis);
			byte[] answer = ("{\"code\":\"OK\",\"requestId\":\"REQ-" + outId.hashCode() + "\"}")
				.getBytes(StandardCharsets.UTF_8);
			// done before the answer leaves: the sender may have its next request here before this thread goes on
			inFlight.decrementAndGet();
			counted = false;
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, answer.length);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write(answer);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			exchange.sendResponseHeaders(503, -1);
		}
		finally {
			if (counted) {
				inFlight.decrementAndGet();
			}
			exchange.close();
		}
	}

}
