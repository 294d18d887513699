package io.skein.nba;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.skein.graphql.InvalidInputException;
import io.skein.graphql.NotFoundException;
import io.skein.purpose.PurposeService;

import org.springframework.stereotype.Service;

/**
 * Next-best offers for one customer: score every product not held, keep those {@link ProductEligibility}
 * allows, best first. Costs four round trips (context, purposes, eligibility, and the shared co-holding
 * counts when they are stale, read once for all customers).
 */
@Service
public class NextBestOfferService {

	public static final int MAX_OFFERS = 20;

	private final OfferRepository repository;

	private final CoHoldingCache stats;

	private final PurposeService purposes;

	private final ProductEligibility eligibility;

	private final OfferScorer scorer;

	private final OfferSettings settings;

	private final Clock clock;

	NextBestOfferService(OfferRepository repository, CoHoldingCache stats, PurposeService purposes,
			ProductEligibility eligibility, OfferScorer scorer, OfferSettings settings, Clock clock) {
		this.repository = repository;
		this.stats = stats;
		this.purposes = purposes;
		this.eligibility = eligibility;
		this.scorer = scorer;
		this.settings = settings;
		this.clock = clock;
	}

	public List<Offer> nextBestOffers(String customerId, String channel, Integer first) {
		return nextBestOffers(customerId, channel, first, this.clock.instant());
	}

	/** As of {@code now} rather than the clock's now (evaluation on a data set with an as-of date). */
	public List<Offer> nextBestOffers(String customerId, String channel, Integer first, Instant now) {
		if (customerId == null || customerId.isBlank()) {
			throw new InvalidInputException("customerId", "must not be blank");
		}
		int size = first == null ? 3 : first;
		if (size < 1 || size > MAX_OFFERS) {
			throw new InvalidInputException("first", "must be between 1 and " + MAX_OFFERS + ", was " + size);
		}
		OfferRepository.Context context = this.repository.context(customerId.strip(), now.minus(lookback()),
				recentTypes(), this.settings.personaAttributes());
		if (context == null) {
			throw new NotFoundException("customerId", "no customer " + customerId);
		}
		CoHoldingCache.Snapshot snapshot = this.stats.get();
		OfferScorer.Customer customer = new OfferScorer.Customer(context.customerId(), context.held(),
				snapshot.signalsOf(context.facts()), this.purposes.purposesOf(context.customerId()), context.recent(),
				now);
		List<Offer> scored = this.scorer.score(customer, snapshot.catalogue(), snapshot.stats(), channel);
		Map<String, ProductEligibility.Decision> decisions = this.eligibility.decide(context.customerId(),
				scored.stream().map(o -> o.product().code()).toList());
		List<Offer> offers = new ArrayList<>();
		for (Offer offer : scored) {
			ProductEligibility.Decision decision = decisions.get(offer.product().code());
			if (decision != null && decision.eligible() && offers.size() < size) {
				offers.add(offer.ranked(offers.size() + 1, decision.reason()));
			}
		}
		return offers;
	}

	/** The popularity baseline: products not held, most held first (for evaluation). */
	public List<String> popular(String customerId, int size) {
		OfferRepository.Context context = this.repository.context(customerId, this.clock.instant(), List.of(), List.of());
		CoHoldingStats stats = this.stats.get().stats();
		return this.stats.get().catalogue().stream().map(p -> p.code())
			.filter(code -> context == null || !context.held().contains(code))
			.sorted(java.util.Comparator.comparingDouble(stats::baseRate).reversed()
				.thenComparing(java.util.Comparator.naturalOrder()))
			.limit(size)
			.toList();
	}

	private Duration lookback() {
		int days = Stream.concat(Stream.of(this.settings.contextDays()),
				this.settings.moments().stream().map(OfferSettings.Moment::withinDays)).max(Integer::compare).orElse(30);
		return Duration.ofDays(days);
	}

	private List<String> recentTypes() {
		return Stream.concat(this.settings.contextEventTypes().stream(),
				this.settings.moments().stream().map(OfferSettings.Moment::eventType)).distinct().toList();
	}

}
