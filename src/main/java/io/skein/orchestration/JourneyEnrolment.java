package io.skein.orchestration;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.skein.graph.NamedQuery;
import io.skein.segment.Rules;
import io.skein.segment.rule.RuleCompiler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The trigger scan: for each ACTIVE journey (a paused one enrols nobody), the customers whose trigger
 * occurred within the lookback — a segment entry, an event meeting the property conditions, a drop-off, a
 * purpose at a stage, a date attribute reached — are enrolled at the journey's newest version. Idempotent:
 * one instance per trigger occurrence, at most one running instance per journey and customer, both held by
 * unique constraints in the store.
 */
@Component
class JourneyEnrolment {

	private static final Logger log = LoggerFactory.getLogger(JourneyEnrolment.class);

	private static final int CHUNK = 500;

	private final InstanceRepository instances;

	private final JourneyService journeys;

	private final Rules rules;

	private final Definitions definitions;

	JourneyEnrolment(InstanceRepository instances, JourneyService journeys, Rules rules, Definitions definitions) {
		this.instances = instances;
		this.journeys = journeys;
		this.rules = rules;
		this.definitions = definitions;
	}

	/** Enrols every matching customer in every active journey; returns the instances created per journey. */
	Map<String, Integer> scan(Instant now, java.time.Duration lookback) {
		Map<String, Integer> created = new LinkedHashMap<>();
		for (Journey journey : this.journeys.all()) {
			if (!Journey.ACTIVE.equals(journey.status())) {
				continue;
			}
			JourneyDefinition definition = this.definitions.get(journey.key(), journey.version());
			if (definition == null) {
				continue;
			}
			List<String[]> candidates = candidates(definition.trigger(), now, lookback);
			int count = 0;
			for (int i = 0; i < candidates.size(); i += CHUNK) {
				List<InstanceRepository.Enrolment> rows = new ArrayList<>();
				for (String[] c : candidates.subList(i, Math.min(candidates.size(), i + CHUNK))) {
					rows.add(new InstanceRepository.Enrolment(UUID.randomUUID().toString(), c[0],
							journey.key() + ":" + c[0] + ":" + c[1], journey.key() + ":" + c[0],
							holdout(journey.key(), c[0], definition.holdoutShare())));
				}
				count += this.instances.enrol(journey.key(), journey.version(), definition.entry().id(), rows, now).size();
			}
			if (count > 0) {
				log.info("Journey {} v{}: {} customers enrolled", journey.key(), journey.version(), count);
			}
			created.put(journey.key(), count);
		}
		return created;
	}

	private List<String[]> candidates(Trigger trigger, Instant now, java.time.Duration lookback) {
		Map<String, Object> params = new HashMap<>();
		params.put("since", JourneyInstance.utc(now.minus(lookback)));
		NamedQuery query;
		if (trigger instanceof Trigger.SegmentEntry entry) {
			query = this.instances.q("trigger-segment-entry");
			params.put("segment", entry.segment());
		}
		else if (trigger instanceof Trigger.Event event) {
			RuleCompiler compiler = new RuleCompiler(now, "trig");
			String filters = compiler.eventMatch(this.rules.parse(Map.of("event", Map.of("type", event.eventType(),
					"properties", event.properties())), "trigger", this.rules.context(false)));
			NamedQuery template = this.instances.q("trigger-event");
			query = new NamedQuery(template.name(), template.text().replace("__FILTERS__", filters));
			params.putAll(compiler.parameters());
			params.put("eventType", event.eventType());
		}
		else if (trigger instanceof Trigger.DropOff dropOff) {
			query = this.instances.q("trigger-drop-off");
			params.put("kind", dropOff.kind().name());
		}
		else if (trigger instanceof Trigger.PurposeStageReached purpose) {
			query = this.instances.q("trigger-purpose-stage");
			params.put("purpose", purpose.purpose().name());
			params.put("stage", purpose.stage().name());
		}
		else {
			Trigger.DateAttribute date = (Trigger.DateAttribute) trigger;
			query = this.instances.q("trigger-date-attribute");
			LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
			params.put("attribute", date.attribute());
			params.put("property", "attr." + date.attribute());
			params.put("offsetDays", date.offset().toDays());
			params.put("today", today);
			params.put("fromDate", LocalDate.ofInstant(now.minus(lookback), ZoneOffset.UTC));
		}
		return this.instances.candidates(query, params);
	}

	/**
	 * Whether the customer is in the journey's control group: a hash of journey key and customer id read as a
	 * number in [0, 1), below the share. The same customer is always in or out of the same journey's control.
	 */
	static boolean holdout(String journeyKey, String customerId, double share) {
		if (share <= 0) {
			return false;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((journeyKey + ":" + customerId).getBytes(StandardCharsets.UTF_8));
			long bits = ByteBuffer.wrap(digest, 0, 8).getLong() >>> 11;
			return bits / (double) (1L << 53) < share;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
