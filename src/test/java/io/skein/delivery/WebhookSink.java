package io.skein.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.skein.ingest.Json;

/**
 * An HTTP webhook receiver in the test JVM: answers 503 to the first {@code failFirst} requests (or every
 * one, {@code failFirst < 0}), 200 to the rest, after {@code delayMillis}; counts requests and the deliveries
 * (200 answers) per {@code Idempotency-Key}.
 */
final class WebhookSink implements AutoCloseable {

	/** One request as received. */
	record Request(String idempotencyKey, Map<String, Object> body, int answeredWith) {
	}

	private final HttpServer server;

	private final AtomicInteger requests = new AtomicInteger();

	private final List<Request> received = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();

	private volatile int failFirst;

	private volatile int status = 503;

	private volatile long delayMillis;

	WebhookSink() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
		this.server.createContext("/hook", exchange -> {
			try (InputStream in = exchange.getRequestBody()) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				int n = this.requests.incrementAndGet();
				if (this.delayMillis > 0) {
					Thread.sleep(this.delayMillis);
				}
				int answer = this.failFirst < 0 || n <= this.failFirst ? this.status : 200;
				String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
				this.received.add(new Request(key, Json.parseObject(text), answer));
				if (answer == 200) {
					this.delivered.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
				}
				byte[] reply = (answer == 200 ? "{\"ok\":true}" : "{\"error\":\"gateway down for +919876543210\"}")
					.getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(answer, reply.length);
				exchange.getResponseBody().write(reply);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				exchange.close();
			}
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
	}

	/** The first {@code k} requests are answered {@code status} (k &lt; 0: every one). */
	WebhookSink failFirst(int k, int status) {
		this.failFirst = k;
		this.status = status;
		return this;
	}

	WebhookSink delay(long millis) {
		this.delayMillis = millis;
		return this;
	}

	int requests() {
		return this.requests.get();
	}

	List<Request> received() {
		return List.copyOf(this.received);
	}

	/** Successful deliveries per idempotency key. */
	Map<String, Integer> delivered() {
		Map<String, Integer> out = new java.util.TreeMap<>();
		this.delivered.forEach((k, v) -> out.put(k, v.get()));
		return out;
	}

	@Override
	public void close() {
		this.server.stop(0);
		((java.util.concurrent.ExecutorService) this.server.getExecutor()).shutdownNow();
	}

}
