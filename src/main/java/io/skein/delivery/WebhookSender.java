package io.skein.delivery;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.skein.ingest.Json;

/**
 * SMS, WhatsApp, push and plain webhooks: each message is POSTed as JSON ({@code key}, {@code channel},
 * {@code recipient}, {@code subject}, {@code body}, {@code customerId}, {@code purpose}) to its channel's
 * webhook with header {@code Idempotency-Key: <key>}, so the gateway can drop a repeat. 2xx is accepted;
 * 408, 425, 429, 5xx, timeouts and refused connections are retried; any other 4xx is a permanent refusal.
 */
public class WebhookSender implements ChannelSender {

	private static final Set<OutboxChannel> SERVED = Set.of(OutboxChannel.SMS, OutboxChannel.WHATSAPP,
			OutboxChannel.PUSH, OutboxChannel.WEBHOOK);

	private final WebhookTargets targets;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	public WebhookSender(WebhookTargets targets) {
		this.targets = targets;
	}

	@Override
	public Set<OutboxChannel> channels() {
		return this.targets.all().keySet();
	}

	@Override
	public Map<OutboxChannel, String> unavailable() {
		Map<OutboxChannel, String> missing = new EnumMap<>(OutboxChannel.class);
		for (OutboxChannel channel : SERVED) {
			if (this.targets.of(channel) == null) {
				missing.put(channel, "no webhook: set skein.delivery.webhooks." + channel.name().toLowerCase() + ".url");
			}
		}
		return missing;
	}

	@Override
	public SendOutcome send(OutboxMessage message) {
		WebhookTargets.Target target = this.targets.of(message.channel());
		if (target == null) {
			return SendOutcome.retry("no webhook for " + message.channel());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("key", message.key());
		body.put("channel", message.channel().name());
		body.put("recipient", message.recipient());
		body.put("subject", message.subject());
		body.put("body", message.body());
		body.put("customerId", message.customerId());
		body.put("purpose", message.purpose());
		HttpRequest request = HttpRequest.newBuilder(target.url())
			.timeout(target.timeout())
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", message.key())
			.POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
			.build();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			int status = response.statusCode();
			if (status >= 200 && status < 300) {
				return SendOutcome.accepted();
			}
			String detail = "HTTP " + status + " from the " + message.channel().name().toLowerCase() + " webhook: "
					+ abbreviate(response.body());
			boolean transientStatus = status >= 500 || status == 408 || status == 425 || status == 429;
			return transientStatus ? SendOutcome.retry(detail) : SendOutcome.rejected(detail);
		}
		catch (IOException ex) {
			return SendOutcome.retry(ex.getClass().getSimpleName() + " calling the " + message.channel().name().toLowerCase()
					+ " webhook: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return SendOutcome.retry("interrupted");
		}
	}

	private static String abbreviate(String text) {
		if (text == null) {
			return "";
		}
		String line = text.strip().replaceAll("\\s+", " ");
		return line.length() > 200 ? line.substring(0, 200) + "…" : line;
	}

}
