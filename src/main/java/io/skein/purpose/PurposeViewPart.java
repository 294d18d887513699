package io.skein.purpose;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Map;

import io.skein.customer.CustomerViewPart;
import io.skein.customer.InteractionView;
import io.skein.ingest.Json;
import org.neo4j.driver.Value;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.skein.purpose.PurposeRepository.dateTime;
import static io.skein.purpose.PurposeRepository.text;

/** {@code Customer.purposes} as a part of the customer view (see {@link io.skein.customer.CustomerViews}). */
@Configuration(proxyBeanMethods = false)
class PurposeViewPart {

	static final String FIELD = "purposes";

	@Bean
	CustomerViewPart purposesPart(Clock clock) {
		return new CustomerViewPart(FIELD, "purpose/customer-view",
				Map.of(FIELD, (customerId, column) -> column.asList(p -> purpose(customerId, p, clock))));
	}

	private static PurposeView purpose(String customerId, Value row, Clock clock) {
		Value p = row.get("purpose");
		ZonedDateTime last = dateTime(p.get("lastActivity"));
		// Silence is counted to now, not to when the purpose was last discovered.
		int silence = last == null ? p.get("silenceDays").asInt(0)
				: (int) PurposeDiscovery.days(last.toInstant(), clock.instant());
		return new PurposeView(p.get("id").asString(), customerId, PurposeType.valueOf(p.get("type").asString()),
				PurposeStage.valueOf(p.get("stage").asString()), p.get("confidence").asDouble(),
				dateTime(p.get("firstActivity")), last, silence, row.get("evidence").asList(PurposeViewPart::evidence));
	}

	private static PurposeView.EvidenceView evidence(Value e) {
		Value i = e.get("interaction");
		String properties = text(i.get("properties"));
		InteractionView interaction = new InteractionView(i.get("eventId").asString(), text(i.get("type")),
				text(i.get("channel")), dateTime(i.get("at")), text(i.get("category")),
				properties == null ? Map.of() : Json.parse(properties));
		return new PurposeView.EvidenceView(text(e.get("role")), PurposeStage.valueOf(e.get("stage").asString()),
				e.get("weight").asDouble(0), text(e.get("reason")), interaction);
	}

}
