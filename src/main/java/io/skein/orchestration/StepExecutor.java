package io.skein.orchestration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.consent.ConsentChannel;
import io.skein.consent.ConsentPurpose;
import io.skein.consent.ConsentService;
import io.skein.consent.ContactDecision;
import io.skein.consent.ContactPolicy;
import io.skein.customer.AttributeValue;
import io.skein.customer.CustomerViews;
import io.skein.customer.GoldenProfile;
import io.skein.customer.ProfileValue;
import io.skein.engagement.Engagement;
import io.skein.engagement.EngagementService;
import io.skein.nba.NextBestOfferService;
import io.skein.nba.Offer;
import io.skein.purpose.EvidenceClassifier;
import io.skein.segment.Rules;
import io.skein.segment.rule.RuleCompiler;
import io.skein.segment.rule.RuleContext;

import org.springframework.stereotype.Component;

/**
 * Runs one step of one instance and says what follows; writes nothing but a journey attribute (the engine
 * writes the instance, the step log and the message together). BRANCH evaluates its rules for the customer;
 * WAIT waits a duration or for an event with a timeout; RECOMMEND keeps the best next-best offer of the
 * category or purpose in the instance context; SEND renders the templates (a missing token is its fallback
 * text) after checking the address, bounces and consent — a channel that cannot reach the customer takes the
 * step's fallback — then quiet hours (the step waits for their end) and, for MARKETING, the channel's cap
 * (the message is skipped); a held-out customer gets no message. EXIT_ON_GOAL adds a goal the engine checks
 * before every later step.
 */
@Component
class StepExecutor {

	/** What the engine does with the instance after a step. */
	enum Move {

		/** Stays at the step (same visit) until {@code dueAt}: a wait, or quiet hours. */
		STAY,
		/** Goes to {@code target}, or completes when it is null. */
		GO,
		/** Leaves the journey (goal reached, customer gone). */
		EXIT

	}

	/**
	 * A step's result: its log entry (outcome, detail, channel, purpose, messageKey), the move, instance
	 * fields it changes ({@code changes}: context, goals, waitingSince, untilEvent) and the message to write.
	 */
	record Result(String outcome, String detail, Move move, String target, Instant dueAt, Map<String, Object> changes,
			Map<String, Object> message, String channel, String purpose, String messageKey) {

		static Result go(String outcome, String detail, String target) {
			return new Result(outcome, detail, Move.GO, target, null, Map.of(), null, null, null, null);
		}

		Result with(Map<String, Object> changes) {
			return new Result(this.outcome, this.detail, this.move, this.target, this.dueAt, changes, this.message,
					this.channel, this.purpose, this.messageKey);
		}

	}

	private final InstanceRepository instances;

	private final ConsentService consents;

	private final ContactPolicy policy;

	private final CustomerViews views;

	private final NextBestOfferService offers;

	private final EvidenceClassifier classifier;

	private final Rules rules;

	private final EngagementService engagement;

	StepExecutor(InstanceRepository instances, ConsentService consents, ContactPolicy policy, CustomerViews views,
			NextBestOfferService offers, EvidenceClassifier classifier, Rules rules, EngagementService engagement) {
		this.instances = instances;
		this.consents = consents;
		this.policy = policy;
		this.views = views;
		this.offers = offers;
		this.classifier = classifier;
		this.rules = rules;
		this.engagement = engagement;
	}

	Result execute(JourneyInstance instance, JourneyDefinition definition, Step step,
			InstanceRepository.CustomerState customer, Instant now) {
		if (step instanceof Step.Branch branch) {
			return branch(branch, customer.id(), now);
		}
		if (step instanceof Step.Wait wait) {
			return waitStep(instance, wait, customer.id(), now);
		}
		if (step instanceof Step.Recommend recommend) {
			return recommend(instance, recommend, customer.id(), now);
		}
		if (step instanceof Step.Send send) {
			return send(instance, definition, send, customer, now);
		}
		if (step instanceof Step.UpdateAttribute update) {
			this.instances.setAttribute(customer.id(), update.attribute(), update.value(), now);
			return Result.go("UPDATED", update.attribute(), update.next());
		}
		Step.ExitOnGoal goal = (Step.ExitOnGoal) step;
		List<Map<String, Object>> goals = new ArrayList<>(instance.goals());
		Map<String, Object> added = new LinkedHashMap<>();
		added.put(goal.goalEvent() != null ? "goalEvent" : "goalProduct",
				goal.goalEvent() != null ? goal.goalEvent() : goal.goalProduct());
		if (!goals.contains(added)) {
			goals.add(added);
		}
		Map<String, Object> changes = new HashMap<>();
		changes.put("goals", io.skein.ingest.Json.canonical(goals));
		// also as lists, which the engine's wake-up query reads
		changes.put("goalEvents", goals.stream().map(g -> g.get("goalEvent")).filter(java.util.Objects::nonNull).toList());
		changes.put("goalProducts", goals.stream().map(g -> g.get("goalProduct")).filter(java.util.Objects::nonNull).toList());
		if (goalReached(customer.id(), goals, instance.enteredAt(), now)) {
			return new Result("GOAL", String.valueOf(added.values().iterator().next()), Move.EXIT, null, null, changes, null,
					null, null, null);
		}
		return Result.go("WATCHING", String.valueOf(added.values().iterator().next()), goal.next()).with(changes);
	}

	/** Whether any goal was reached since the customer entered: a goal event since then, or a goal product held. */
	boolean goalReached(String customerId, List<Map<String, Object>> goals, Instant since, Instant now) {
		if (goals.isEmpty()) {
			return false;
		}
		List<String> events = goals.stream().map(g -> (String) g.get("goalEvent")).filter(java.util.Objects::nonNull).toList();
		List<String> products = goals.stream().map(g -> (String) g.get("goalProduct")).filter(java.util.Objects::nonNull).toList();
		return this.instances.goalReached(customerId, events, products, since, LocalDate.ofInstant(now, ZoneOffset.UTC));
	}

	private Result branch(Step.Branch branch, String customerId, Instant now) {
		RuleCompiler compiler = new RuleCompiler(now, "rule");
		RuleContext context = this.rules.context(false);
		List<String> predicates = new ArrayList<>();
		for (int i = 0; i < branch.arms().size(); i++) {
			predicates.add(compiler.predicate(this.rules.parse(branch.arms().get(i).when(), "branches[" + i + "].when", context)));
		}
		List<Boolean> matched = this.instances.branch(String.join(", ", predicates), compiler.parameters(), customerId);
		for (int i = 0; i < matched.size(); i++) {
			if (matched.get(i)) {
				return Result.go("MATCHED", "branches[" + i + "]", branch.arms().get(i).next());
			}
		}
		return Result.go("NO_MATCH", null, branch.next());
	}

	private Result waitStep(JourneyInstance instance, Step.Wait wait, String customerId, Instant now) {
		Map<String, Object> cleared = new HashMap<>();
		cleared.put("waitingSince", null);
		cleared.put("untilEvent", null);
		if (instance.waitingSince() == null) {
			Instant until = now.plus(wait.duration() != null ? wait.duration() : wait.timeout());
			Map<String, Object> changes = new HashMap<>();
			changes.put("waitingSince", JourneyInstance.utc(now));
			changes.put("untilEvent", wait.untilEvent());
			return new Result("WAITING", wait.untilEvent() != null ? "until " + wait.untilEvent() : null, Move.STAY, null,
					until, changes, null, null, null, null);
		}
		if (wait.untilEvent() != null && this.instances.goalReached(customerId, List.of(wait.untilEvent()), List.of(),
				instance.waitingSince(), LocalDate.ofInstant(now, ZoneOffset.UTC))) {
			return Result.go("EVENT", wait.untilEvent(), wait.next()).with(cleared);
		}
		if (wait.untilEvent() != null) {
			return Result.go("TIMEOUT", null, wait.onTimeout() != null ? wait.onTimeout() : wait.next()).with(cleared);
		}
		return Result.go("WAITED", null, wait.next()).with(cleared);
	}

	private Result recommend(JourneyInstance instance, Step.Recommend recommend, String customerId, Instant now) {
		List<String> products = recommend.purpose() == null ? null
				: this.classifier.taxonomy().rules(recommend.purpose()).products();
		Offer best = this.offers.nextBestOffers(customerId, null, NextBestOfferService.MAX_OFFERS, now)
			.stream()
			.filter(o -> recommend.category() == null || recommend.category().equalsIgnoreCase(o.product().category()))
			.filter(o -> products == null || products.contains(o.product().code()))
			.findFirst()
			.orElse(null);
		Map<String, Object> context = new LinkedHashMap<>(instance.context());
		if (best == null) {
			context.remove("offer");
		}
		else {
			Map<String, Object> offer = new LinkedHashMap<>();
			offer.put("code", best.product().code());
			offer.put("name", best.product().name());
			offer.put("category", best.product().category());
			offer.put("explanation", best.explanation());
			context.put("offer", offer);
		}
		return Result.go(best == null ? "NO_OFFER" : "RECOMMENDED", best == null ? null : best.product().code(),
				recommend.next()).with(Map.of("context", io.skein.ingest.Json.canonical(context)));
	}

	private Result send(JourneyInstance instance, JourneyDefinition definition, Step.Send send,
			InstanceRepository.CustomerState customer, Instant now) {
		ConsentPurpose purpose = definition.contactPurpose();
		GoldenProfile profile = this.views.<GoldenProfile>read(List.of(customer.id()), "profile").get(customer.id());
		Engagement learnt = send.channel() == Step.Channel.BEST || send.atBestHour() ? this.engagement.of(customer.id()) : null;
		// BEST: the learnt channels, best first, the first that can reach the customer; else the step's channel
		List<Step.Channel> candidates = send.channel() == Step.Channel.BEST
				? learnt.channels().stream().map(Step.Channel::valueOf).toList() : List.of(send.channel());
		Step.Channel chosen = candidates.get(0);
		String recipient = recipient(chosen, profile, customer);
		String unreachable = unreachable(chosen, recipient, customer, purpose);
		for (Step.Channel candidate : candidates.subList(1, candidates.size())) {
			if (unreachable == null) {
				break;
			}
			String to = recipient(candidate, profile, customer);
			if (unreachable(candidate, to, customer, purpose) == null) {
				chosen = candidate;
				recipient = to;
				unreachable = null;
			}
		}
		if (unreachable != null && send.channel() == Step.Channel.BEST) {
			unreachable = "no learnt channel reaches the customer (best " + chosen + ": " + unreachable + ")";
		}
		Step.Channel channel = chosen;
		if (unreachable != null) {
			return new Result("UNREACHABLE", unreachable, Move.GO, send.fallback() != null ? send.fallback() : send.next(),
					null, Map.of(), null, channel.name(), purpose.name(), null);
		}
		if (channel != Step.Channel.WEBHOOK) {
			ConsentChannel consentChannel = ConsentChannel.valueOf(channel.name());
			int sent = purpose != ConsentPurpose.MARKETING ? 0 : this.policy.cap(consentChannel)
				.map(cap -> this.instances.sentCount(customer.id(), channel.name(), purpose.name(), now.minus(cap.window())))
				.orElse(0);
			ContactDecision decision = this.policy.mayContact(customer.id(), consentChannel, now, sent);
			if (!decision.allowed() && decision.notBefore() != null) {
				return new Result("DEFERRED", decision.reason(), Move.STAY, null, decision.notBefore(), Map.of(), null,
						channel.name(), purpose.name(), null);
			}
			if (!decision.allowed()) {
				return new Result("CAPPED", decision.reason(), Move.GO, send.next(), null, Map.of(), null, channel.name(),
						purpose.name(), null);
			}
		}
		if (send.atBestHour()) {
			Instant best = bestHour(instance, send, learnt, now);
			if (best != null) {
				return new Result("DEFERRED", BEST_HOUR + " " + String.format("%02d:00", learnt.bestHour()) + " "
						+ this.engagement.zone(), Move.STAY, null, best, Map.of(), null, channel.name(), purpose.name(), null);
			}
		}
		String key = instance.id() + ":" + send.id() + ":" + instance.visit();
		if (instance.holdout()) {
			return new Result("HOLDOUT", "control group: no message", Move.GO, send.next(), null, Map.of(), null,
					channel.name(), purpose.name(), key);
		}
		Map<String, Object> message = new HashMap<>();
		message.put("key", key);
		message.put("customerId", customer.id());
		message.put("channel", channel.name());
		message.put("recipient", recipient);
		message.put("subject", send.subject() == null ? null : Tokens.render(send.subject(), t -> token(t, profile, instance)));
		message.put("body", Tokens.render(send.template(), t -> token(t, profile, instance)));
		message.put("purpose", purpose.name());
		message.put("journeyKey", instance.journeyKey());
		message.put("journeyVersion", instance.version());
		message.put("instanceId", instance.id());
		message.put("stepId", send.id());
		return new Result("SENT", null, Move.GO, send.next(), null, Map.of(), message, channel.name(), purpose.name(), key);
	}

	/** The detail of a step held for the customer's best hour. */
	static final String BEST_HOUR = "best hour";

	/**
	 * When a SEND with {@code atBestHour} should go: null for now (within the learnt 3-hour bucket, or already
	 * held once for it at this visit — quiet hours may have moved it on, and it must not wait forever), else the
	 * next start of the bucket in the consent zone.
	 */
	private Instant bestHour(JourneyInstance instance, Step.Send send, Engagement learnt, Instant now) {
		java.time.ZonedDateTime local = now.atZone(this.engagement.zone());
		int start = learnt.bestHour();
		if (local.getHour() >= start && local.getHour() < start + io.skein.engagement.EngagementEstimator.BUCKET_HOURS) {
			return null;
		}
		boolean held = this.instances.runs(List.of(instance.id())).getOrDefault(instance.id(), List.of()).stream()
			.anyMatch(r -> send.id().equals(r.stepId()) && r.visit() == instance.visit() && "DEFERRED".equals(r.outcome())
					&& r.detail() != null && r.detail().startsWith(BEST_HOUR));
		if (held) {
			return null;
		}
		java.time.ZonedDateTime next = local.toLocalDate().atTime(start, 0).atZone(local.getZone());
		return (next.isAfter(local) ? next : next.plusDays(1)).toInstant();
	}

	private static String recipient(Step.Channel channel, GoldenProfile profile, InstanceRepository.CustomerState customer) {
		return switch (channel) {
			case EMAIL -> value(profile == null ? null : profile.email());
			case SMS, WHATSAPP -> value(profile == null ? null : profile.phone());
			case PUSH -> customer.device();
			default -> customer.id();
		};
	}

	/** Why the channel cannot reach the customer (no address, bounced, no consent), or null when it can. */
	private String unreachable(Step.Channel channel, String recipient, InstanceRepository.CustomerState customer,
			ConsentPurpose purpose) {
		if (recipient == null || recipient.isBlank()) {
			return switch (channel) {
				case EMAIL -> "no e-mail address";
				case PUSH -> "no app device";
				default -> "no phone number";
			};
		}
		for (Map<String, Object> bounce : customer.bounced()) {
			Object to = bounce.get("recipient");
			if (channel.name().equals(bounce.get("channel")) && (to == null || recipient.equalsIgnoreCase(String.valueOf(to)))) {
				return channel.name() + " bounced";
			}
		}
		if (channel != Step.Channel.WEBHOOK
				&& !this.consents.allows(customer.id(), ConsentChannel.valueOf(channel.name()), purpose)) {
			return "no " + purpose + " consent on " + channel;
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static String token(String name, GoldenProfile profile, JourneyInstance instance) {
		if (name.startsWith(Tokens.OFFER_PREFIX)) {
			Object offer = instance.context().get("offer");
			Object value = offer instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(name.substring(Tokens.OFFER_PREFIX.length())) : null;
			return value == null ? null : String.valueOf(value);
		}
		if (profile == null) {
			return null;
		}
		if (name.startsWith(Tokens.ATTRIBUTE_PREFIX)) {
			String attribute = name.substring(Tokens.ATTRIBUTE_PREFIX.length());
			return profile.attributes().stream().filter(a -> a.name().equals(attribute)).map(AttributeValue::value)
				.filter(java.util.Objects::nonNull).map(String::valueOf).findFirst().orElse(null);
		}
		return switch (name) {
			case "firstName" -> value(profile.firstName());
			case "middleName" -> value(profile.middleName());
			case "lastName" -> value(profile.lastName());
			case "fullName" -> value(profile.fullName());
			case "email" -> value(profile.email());
			case "phone" -> value(profile.phone());
			default -> null;
		};
	}

	private static String value(ProfileValue value) {
		return value == null ? null : value.value();
	}

}
