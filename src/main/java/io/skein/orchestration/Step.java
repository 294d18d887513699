package io.skein.orchestration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.skein.purpose.PurposeType;

/** One step of a journey; {@link #next()} null ends the journey for the customer. */
public sealed interface Step {

	String id();

	String next();

	/** The steps this one may lead to, with the definition field naming each (e.g. {@code branches[1].next}). */
	default List<Link> links() {
		List<Link> links = new ArrayList<>();
		if (next() != null) {
			links.add(new Link("next", next()));
		}
		return links;
	}

	record Link(String field, String target) {
	}

	/** The first branch whose rule matches, else {@code next}. */
	record Branch(String id, List<Arm> arms, String next) implements Step {

		/** A rule (in the segment rule language, as given) and the step it leads to; null ends the journey. */
		public record Arm(Object when, String next) {
		}

		@Override
		public List<Link> links() {
			List<Link> links = new ArrayList<>();
			for (int i = 0; i < this.arms.size(); i++) {
				if (this.arms.get(i).next() != null) {
					links.add(new Link("branches[" + i + "].next", this.arms.get(i).next()));
				}
			}
			links.addAll(Step.super.links());
			return links;
		}

	}

	/** A fixed duration, or until an event of {@code untilEvent} (then next) or the timeout (then onTimeout, else next). */
	record Wait(String id, Duration duration, String untilEvent, Duration timeout, String onTimeout, String next)
			implements Step {

		@Override
		public List<Link> links() {
			List<Link> links = Step.super.links();
			if (this.onTimeout != null) {
				links.add(new Link("onTimeout", this.onTimeout));
			}
			return links;
		}

	}

	/** Next-best offers of a product category or for a purpose (one of the two). */
	record Recommend(String id, String category, PurposeType purpose, String next) implements Step {
	}

	/**
	 * A message on a channel; {@code fallback} is the SEND step taken when the channel cannot reach the customer;
	 * {@code atBestHour} holds it until the customer's learnt best hour (channel BEST: the learnt channel).
	 */
	record Send(String id, Channel channel, Template subject, Template template, String fallback, boolean atBestHour,
			String next)
			implements Step {

		@Override
		public List<Link> links() {
			List<Link> links = Step.super.links();
			if (this.fallback != null) {
				links.add(new Link("fallback", this.fallback));
			}
			return links;
		}

		public List<Template> templates() {
			return java.util.stream.Stream.of(this.subject, this.template).filter(Objects::nonNull).toList();
		}

	}

	/** Sets a custom attribute on the customer. */
	record UpdateAttribute(String id, String attribute, Object value, String next) implements Step {
	}

	/** From here on the customer leaves when {@code goalEvent} happens or they hold {@code goalProduct} (one of the two). */
	record ExitOnGoal(String id, String goalEvent, String goalProduct, String next) implements Step {
	}

	enum Channel {

		EMAIL, SMS, PUSH, WHATSAPP, WEBHOOK, BEST

	}

}
