package io.skein.delivery;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad delivery setting into Spring Boot's short "APPLICATION FAILED TO START" report. */
class DeliverySettingsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDeliverySettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidDeliverySettingsException cause) {
		return new FailureAnalysis("Invalid delivery setting: " + cause.getMessage(),
				"Correct the property (webhook URLs are absolute http:// or https:// URLs, one per channel: sms, whatsapp,"
						+ " push, webhook) or remove it; a channel without a webhook is not sent.",
				cause);
	}

}
