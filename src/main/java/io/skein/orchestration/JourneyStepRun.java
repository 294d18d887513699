package io.skein.orchestration;

import java.time.Instant;

import org.neo4j.driver.Value;

/**
 * One executed step of an instance, as logged ({@code (:JourneyStepRun)}): what it did and why, never the
 * message or the address it went to.
 *
 * @param outcome e.g. SENT, HOLDOUT (a control customer: no message), UNREACHABLE, DEFERRED (quiet hours),
 * CAPPED, MATCHED, RECOMMENDED, WAITING, TIMEOUT, EVENT, GOAL, ERASED
 * @param messageKey the outbox key of the message a SEND wrote (or would have written, for a holdout)
 */
public record JourneyStepRun(int seq, String stepId, String kind, int visit, Instant at, String outcome, String detail,
		String channel, String purpose, boolean holdout, String messageKey) {

	static JourneyStepRun of(Value node) {
		return new JourneyStepRun(node.get("seq").asInt(0), node.get("stepId").asString(null), node.get("kind").asString(),
				node.get("visit").asInt(0), node.get("at").asZonedDateTime().toInstant(), node.get("outcome").asString(),
				node.get("detail").asString(null), node.get("channel").asString(null), node.get("purpose").asString(null),
				node.get("holdout").asBoolean(false), node.get("messageKey").asString(null));
	}

}
