package io.skein.delivery;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bad webhook setting stops the start with the property at fault; a good one is served. No store needed. */
class WebhookConfigurationTest {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DeliveryProperties.class)
	static class Settings {

	}

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class, WebhookConfiguration.class);

	@Test
	void aUrlThatIsNotHttpStopsTheStartNamingTheProperty() {
		this.context.withPropertyValues("skein.delivery.webhooks.sms.url=ftp://gateway.example/send").run(started -> {
			assertThat(started).hasFailed();
			assertThat(rootMessage(started.getStartupFailure()))
				.isEqualTo("skein.delivery.webhooks.sms.url: must be an absolute http:// or https:// URL, was scheme 'ftp'");
		});
		this.context.withPropertyValues("skein.delivery.webhooks.whatsapp.url=gateway.example/send").run(started ->
				assertThat(rootMessage(started.getStartupFailure())).startsWith("skein.delivery.webhooks.whatsapp.url: must be an absolute"));
		this.context.withPropertyValues("skein.delivery.webhooks.push.url=http://exa mple/").run(started ->
				assertThat(rootMessage(started.getStartupFailure())).startsWith("skein.delivery.webhooks.push.url: not a URL"));
		this.context.withPropertyValues("skein.delivery.webhooks.fax.url=https://gateway.example/").run(started ->
				assertThat(rootMessage(started.getStartupFailure()))
					.isEqualTo("skein.delivery.webhooks.fax: unknown channel 'fax' (sms, whatsapp, push or webhook)"));
	}

	@Test
	void theStartUpReportSaysWhatIsWrongAndWhatToDo() {
		var analysis = new DeliverySettingsFailureAnalyzer().analyze(new IllegalStateException("context failed",
				new InvalidDeliverySettingsException("skein.delivery.webhooks.sms.url: the URL has no host")));
		assertThat(analysis.getDescription()).isEqualTo("Invalid delivery setting: skein.delivery.webhooks.sms.url: the URL has no host");
		assertThat(analysis.getAction()).contains("absolute http:// or https:// URLs");
	}

	@Test
	void goodUrlsAreServedAndChannelsWithoutOneAreReportedUnavailable() {
		this.context.withPropertyValues("skein.delivery.webhooks.sms.url=https://sms.example/send",
				"skein.delivery.webhooks.sms.timeout=3s").run(started -> {
					assertThat(started).hasNotFailed();
					WebhookSender sender = started.getBean(WebhookSender.class);
					assertThat(sender.channels()).containsExactly(OutboxChannel.SMS);
					assertThat(sender.unavailable()).containsOnlyKeys(OutboxChannel.WHATSAPP, OutboxChannel.PUSH,
							OutboxChannel.WEBHOOK);
					assertThat(started.getBean(WebhookTargets.class).of(OutboxChannel.SMS).timeout()).hasSeconds(3);
				});
	}

	@Test
	void anEmailWebhookIsRefusedBecauseEmailGoesThroughTheMailHost() {
		assertThatThrownBy(() -> new WebhookTargets(Map.of("email", new DeliveryProperties.Webhook("https://x.example/", null))))
			.hasMessage("skein.delivery.webhooks.email: e-mail goes through spring.mail.host, not a webhook");
	}

	@Test
	void messageIdsCarryTheKeyWithCharactersAMessageIdCannotHoldEncoded() {
		assertThat(EmailSender.messageId("ji-7:due in 7", "bank.example")).isEqualTo("<ji-7%3Adue%20in%207@bank.example>");
		assertThat(new DeliveryProperties.Mail("Skein Bank <alerts@bank.example>", null).domain()).isEqualTo("bank.example");
		assertThat(DeliveryProperties.defaults().backoffAfter(1)).hasSeconds(30);
		assertThat(DeliveryProperties.defaults().backoffAfter(3)).hasSeconds(120);
		assertThat(DeliveryProperties.defaults().backoffAfter(40)).hasHours(1);
	}

	private static String rootMessage(Throwable failure) {
		Throwable t = failure;
		while (t.getCause() != null) {
			t = t.getCause();
		}
		return t.getMessage();
	}

}
