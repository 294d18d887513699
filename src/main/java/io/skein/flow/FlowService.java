package io.skein.flow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.skein.customer.AttributeValue;
import io.skein.customer.CustomerViews;
import io.skein.customer.GoldenProfile;
import io.skein.customer.ProfileValue;
import io.skein.offer.Offer;
import io.skein.offer.OfferCatalogue;
import io.skein.offer.Quote;
import io.skein.offer.QuoteService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Answers {@code nextJourneyStep}: walks the journey's steps in order, skips each step whose fact the graph
 * already shows ({@link KnownFacts}), and returns the first one left with the evidence for every skip, the
 * golden-profile values to prefill and, at or before an offer step, the eligible product and its price.
 */
@Service
public class FlowService {

	/** Golden-profile fields prefilled, in form order. */
	static final List<String> PROFILE_FIELDS = List.of("fullName", "dateOfBirth", "gender", "email", "phone", "address");

	/** Golden-profile attributes prefilled. */
	static final List<String> ATTRIBUTES = List.of("occupation", "income");

	private final GraphFacts graphFacts;

	private final CustomerViews views;

	private final QuoteService quotes;

	private final OfferCatalogue catalogue;

	private final Set<String> trustedSources;

	FlowService(GraphFacts graphFacts, CustomerViews views, QuoteService quotes, OfferCatalogue catalogue,
			@Value("${skein.flow.trusted-sources:core_banking,branch}") List<String> trustedSources) {
		this.graphFacts = graphFacts;
		this.views = views;
		this.quotes = quotes;
		this.catalogue = catalogue;
		this.trustedSources = Set.copyOf(new LinkedHashSet<>(trustedSources));
	}

	/** Empty when the id names no customer. */
	public Optional<NextStep> next(String customerId, DigitalJourney journey) {
		Optional<GraphFacts.Seen> read = this.graphFacts.read(customerId);
		if (read.isEmpty()) {
			return Optional.empty();
		}
		GraphFacts.Seen seen = read.get();
		GoldenProfile profile = this.views.<GoldenProfile>read(List.of(seen.customerId()), "profile").get(seen.customerId());
		Map<Fact, List<Evidence>> known = KnownFacts.of(seen, profile, this.trustedSources);
		List<SkippedStep> skipped = new ArrayList<>();
		List<FlowStep> steps = journey.steps();
		int position = 0;
		while (position < steps.size() - 1 && steps.get(position).knownWhen() != null
				&& known.containsKey(steps.get(position).knownWhen())) {
			FlowStep step = steps.get(position);
			skipped.add(new SkippedStep(step.id(), step.title(), step.knownWhen(), List.copyOf(known.get(step.knownWhen()))));
			position++;
		}
		FlowStep next = steps.get(position);
		return Optional.of(new NextStep(seen.customerId(), journey, next.id(), next.title(), position + 1, steps.size(),
				List.copyOf(skipped), prefilled(profile), offer(seen.customerId(), journey)));
	}

	private static List<Prefill> prefilled(GoldenProfile profile) {
		List<Prefill> values = new ArrayList<>();
		if (profile == null) {
			return values;
		}
		for (String field : PROFILE_FIELDS) {
			ProfileValue value = switch (field) {
				case "fullName" -> profile.fullName();
				case "dateOfBirth" -> profile.dateOfBirth();
				case "gender" -> profile.gender();
				case "email" -> profile.email();
				case "phone" -> profile.phone();
				default -> profile.address();
			};
			if (value != null) {
				values.add(new Prefill(field, value.value(), value.source(), value.sourceId(), value.rule()));
			}
		}
		for (AttributeValue attribute : profile.attributes()) {
			if (ATTRIBUTES.contains(attribute.name())) {
				values.add(new Prefill(attribute.name(), String.valueOf(attribute.value()), attribute.source(),
						attribute.sourceId(), attribute.rule()));
			}
		}
		return List.copyOf(values);
	}

	/** The first product of the journey the customer may have, quoted; null when none (or no products). */
	private FlowOffer offer(String customerId, DigitalJourney journey) {
		for (String product : journey.products()) {
			Quote quote = this.quotes.quote(customerId, product, journey.amount());
			if (quote.eligible()) {
				String name = this.catalogue.get(product).map(Offer::name).orElse(product);
				return new FlowOffer(product, name, journey.amount(), quote.price(), quote.explanations());
			}
		}
		return null;
	}

}
