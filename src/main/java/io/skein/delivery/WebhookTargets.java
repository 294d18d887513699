package io.skein.delivery;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The webhook of each channel, read from {@code skein.delivery.webhooks.<channel>.url} and checked when the
 * application starts: an unknown channel name, a URL that is not absolute http(s) with a host, or a
 * non-positive timeout stops the start with the property at fault, rather than dead-lettering every message.
 */
public final class WebhookTargets {

	/** A checked webhook. */
	public record Target(URI url, Duration timeout) {
	}

	private final Map<OutboxChannel, Target> targets;

	public WebhookTargets(Map<String, DeliveryProperties.Webhook> configured) {
		Map<OutboxChannel, Target> checked = new EnumMap<>(OutboxChannel.class);
		configured.forEach((name, webhook) -> {
			String property = "skein.delivery.webhooks." + name;
			OutboxChannel channel = channel(name, property);
			if (webhook == null || webhook.url() == null || webhook.url().isBlank()) {
				return;
			}
			if (webhook.timeout().isNegative() || webhook.timeout().isZero()) {
				throw new InvalidDeliverySettingsException(property + ".timeout: must be positive, was " + webhook.timeout());
			}
			checked.put(channel, new Target(url(webhook.url().strip(), property + ".url"), webhook.timeout()));
		});
		this.targets = Collections.unmodifiableMap(checked);
	}

	public Target of(OutboxChannel channel) {
		return this.targets.get(channel);
	}

	public Map<OutboxChannel, Target> all() {
		return this.targets;
	}

	private static OutboxChannel channel(String name, String property) {
		String upper = name.strip().toUpperCase(Locale.ROOT);
		if (upper.equals("EMAIL")) {
			throw new InvalidDeliverySettingsException(property + ": e-mail goes through spring.mail.host, not a webhook");
		}
		for (OutboxChannel channel : OutboxChannel.values()) {
			if (channel.name().equals(upper)) {
				return channel;
			}
		}
		throw new InvalidDeliverySettingsException(property + ": unknown channel '" + name + "' (sms, whatsapp, push or webhook)");
	}

	private static URI url(String text, String property) {
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			throw new InvalidDeliverySettingsException(property + ": not a URL (" + ex.getReason() + " at index " + ex.getIndex() + ")");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new InvalidDeliverySettingsException(property + ": must be an absolute http:// or https:// URL, was scheme '"
					+ (uri.getScheme() == null ? "none" : uri.getScheme()) + "'");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw new InvalidDeliverySettingsException(property + ": the URL has no host");
		}
		return uri;
	}

}
