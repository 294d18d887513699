package io.skein.nba;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.skein.customer.AccountView.ProductView;
import io.skein.purpose.Activity;
import io.skein.purpose.EvidenceClassifier;
import io.skein.purpose.PurposeStage;
import io.skein.purpose.PurposeType;
import io.skein.purpose.PurposeView;

/**
 * Scores every product a customer does not hold: {@code (coHolding + purpose + context + moment) x
 * channelFit}, each part with the reason behind it. Pure: the same inputs always rank the same way.
 */
public final class OfferScorer {

	/** What a purpose or a note that names another product of the same kind still counts for this one. */
	static final double OTHER_NAMED = 0.3;

	/** Event properties that may name a product: its code, staff notes, the page. */
	private static final List<String> NAMING_PROPERTIES = List.of("product", "notes", "Page URL");

	/** The co-holding signals an explanation names at most. */
	static final int MAX_SIGNALS_SHOWN = 3;

	private final OfferSettings settings;

	private final EvidenceClassifier classifier;

	public OfferScorer(OfferSettings settings, EvidenceClassifier classifier) {
		this.settings = settings;
		this.classifier = classifier;
	}

	/**
	 * What is known about the customer when scoring.
	 * @param signals what co-holding rates are conditioned on: the products held and the customer's
	 *        segments, persona attribute values and age band ({@link Signals})
	 */
	public record Customer(String id, Set<String> held, Set<String> signals, List<PurposeView> purposes,
			List<Activity> recent, Instant now) {
	}

	/** Offers for every product not held, best first; ranks and eligibility are set by the caller. */
	public List<Offer> score(Customer customer, List<ProductView> catalogue, CoHoldingStats stats, String channel) {
		List<Offer> offers = new ArrayList<>();
		for (ProductView product : catalogue) {
			if (!customer.held().contains(product.code())) {
				offers.add(offer(customer, product, stats, channel));
			}
		}
		offers.sort(Comparator.comparingDouble(Offer::score).reversed().thenComparing(o -> o.product().code()));
		return offers;
	}

	private Offer offer(Customer customer, ProductView product, CoHoldingStats stats, String channel) {
		String y = product.code();
		List<Offer.Reason> reasons = new ArrayList<>();
		double coHolding = coHolding(customer, y, stats, reasons);
		double purpose = purpose(customer, y, reasons);
		double context = context(customer, y, reasons);
		double moment = moment(customer, y, reasons);
		double fit = this.settings.channelFit(channel, y);
		double score = round((coHolding + purpose + context + moment) * fit);
		List<Offer.ScoreComponent> breakdown = List.of(new Offer.ScoreComponent("coHolding", round(coHolding)),
				new Offer.ScoreComponent("purpose", round(purpose)), new Offer.ScoreComponent("context", round(context)),
				new Offer.ScoreComponent("moment", round(moment)), new Offer.ScoreComponent("channelFit", fit));
		reasons.sort(Comparator.comparingInt(r -> order(r.kind())));
		String explanation = String.join("; ", reasons.stream().map(Offer.Reason::text).toList());
		return new Offer(0, product, score, explanation, List.copyOf(reasons), breakdown, null);
	}

	/**
	 * P(holds y) for this customer, combined by naive Bayes over the signals the co-holding counts know of
	 * them that raise it; the reasons name those that raise it most, each with the rates behind it, then
	 * the combined estimate. With nothing raising it, it is y's base rate, explained by how popular y is.
	 */
	private double coHolding(Customer customer, String y, CoHoldingStats stats, List<Offer.Reason> reasons) {
		CoHoldingStats.Estimate estimate = stats.estimate(customer.signals(), y, this.settings.smoothing(),
				this.settings.minSupport());
		double base = stats.baseRate(y);
		List<CoHoldingStats.Evidence> raising = estimate.evidence()
			.stream()
			.sorted(Comparator.comparingDouble(CoHoldingStats.Evidence::weight).reversed())
			.limit(MAX_SIGNALS_SHOWN)
			.toList();
		if (raising.isEmpty()) {
			reasons.add(new Offer.Reason(Offer.ReasonKind.POPULARITY, percent(base) + " of all "
					+ count(stats.customers()) + " customers hold " + y, List.of(product(y))));
			return estimate.probability();
		}
		String combined = "estimated " + percent(estimate.probability()) + " from " + estimate.evidence().size()
				+ (estimate.evidence().size() == 1 ? " signal" : " signals");
		for (CoHoldingStats.Evidence e : raising) {
			List<Offer.GraphElement> elements = new ArrayList<>();
			Offer.GraphElement signal = Signals.element(e.signal());
			if (signal != null) {
				elements.add(signal);
			}
			elements.add(product(y));
			reasons.add(new Offer.Reason(Offer.ReasonKind.CO_HOLDING, Signals.words(e.signal()) + "; "
					+ percent((double) e.holdersOfBoth() / e.holdersOfSignal()) + " of " + count(e.holdersOfSignal()) + " "
					+ Signals.group(e.signal()) + " hold " + y + " vs " + percent(base) + " of all customers",
					List.copyOf(elements)));
		}
		reasons.add(new Offer.Reason(Offer.ReasonKind.CO_HOLDING, combined, List.of(product(y))));
		return estimate.probability();
	}

	private double purpose(Customer customer, String y, List<Offer.Reason> reasons) {
		double bestValue = 0;
		Offer.Reason best = null;
		for (PurposeView p : customer.purposes()) {
			List<String> products = this.classifier.taxonomy().rules(p.type()).products();
			if (!products.contains(y)) {
				continue;
			}
			double value = this.settings.stageWeights().getOrDefault(p.stage(), 0.0) * p.confidence()
					* share(p, products, y);
			if (value > bestValue) {
				bestValue = value;
				List<Offer.GraphElement> elements = new ArrayList<>();
				elements.add(new Offer.GraphElement("Purpose", p.id(), p.type() + " " + p.stage()));
				p.evidence().stream().skip(Math.max(0, p.evidence().size() - 3)).forEach(e -> elements
					.add(new Offer.GraphElement("Interaction", e.interaction().eventId(), e.reason())));
				String since = p.firstActivity() == null ? "" : " since " + p.firstActivity().toLocalDate();
				best = new Offer.Reason(Offer.ReasonKind.PURPOSE, stageWord(p.stage()) + " " + words(p.type())
						+ " purpose" + since + " (confidence " + p.confidence() + ")", elements);
			}
		}
		if (best != null) {
			reasons.add(best);
		}
		return bestValue;
	}

	/**
	 * How much of a purpose speaks for {@code y}: all of it when it has one product or its evidence names y
	 * (a quote for it, a note or page about it), less when it names nothing, little when it names only others.
	 */
	private double share(PurposeView p, List<String> products, String y) {
		if (products.size() == 1) {
			return 1;
		}
		boolean namesOther = false;
		for (PurposeView.EvidenceView e : p.evidence()) {
			Map<String, Object> properties = e.interaction().properties() instanceof Map<?, ?> m ? cast(m) : Map.of();
			for (String key : NAMING_PROPERTIES) {
				Object value = properties.get(key);
				String text = value == null ? null : value.toString();
				String named = text != null && products.contains(text) ? text : this.settings.productNamedIn(text, products);
				if (y.equals(named)) {
					return 1;
				}
				namesOther |= named != null;
			}
		}
		return namesOther ? OTHER_NAMED : this.settings.otherProductOfPurpose();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

	private double context(Customer customer, String y, List<Offer.Reason> reasons) {
		double bestValue = 0;
		Offer.Reason best = null;
		Instant since = customer.now().minus(Duration.ofDays(this.settings.contextDays()));
		for (Activity a : customer.recent()) {
			if (!this.settings.contextEventTypes().contains(a.type()) || a.at().isBefore(since)) {
				continue;
			}
			String notes = a.text("notes");
			for (Map.Entry<PurposeType, String> topic : this.classifier.topicsIn(notes).entrySet()) {
				List<String> products = this.classifier.taxonomy().rules(topic.getKey()).products();
				if (!products.contains(y)) {
					continue;
				}
				String named = this.settings.productNamedIn(notes, products);
				double factor = named == null ? (products.size() == 1 ? 1 : this.settings.otherProductOfPurpose())
						: (named.equals(y) ? 1 : OTHER_NAMED);
				double ageDays = Duration.between(a.at(), customer.now()).toMinutes() / 1440.0;
				double value = this.settings.contextWeight() * factor
						* Math.pow(0.5, Math.max(0, ageDays) / this.settings.contextHalfLifeDays());
				if (value > bestValue) {
					bestValue = value;
					best = new Offer.Reason(Offer.ReasonKind.CONTEXT, words(a.type()) + " on " + day(a.at())
							+ ": notes mention \"" + topic.getValue() + "\"",
							List.of(new Offer.GraphElement("Interaction", a.eventId(), notes)));
				}
			}
		}
		if (best != null) {
			reasons.add(best);
		}
		return bestValue;
	}

	private double moment(Customer customer, String y, List<Offer.Reason> reasons) {
		double bestValue = 0;
		Offer.Reason best = null;
		for (OfferSettings.Moment m : this.settings.moments()) {
			Double boost = m.boosts().get(y);
			if (boost == null) {
				continue;
			}
			Instant since = customer.now().minus(Duration.ofDays(m.withinDays()));
			for (Activity a : customer.recent()) {
				boolean fits = a.type().equals(m.eventType()) && !a.at().isBefore(since)
						&& (m.minAmount() == null || a.number("amount") >= m.minAmount());
				if (fits && boost > bestValue) {
					bestValue = boost;
					best = new Offer.Reason(Offer.ReasonKind.MOMENT, m.text() + " on " + day(a.at())
							+ (a.number("amount") > 0 ? " (" + count((long) a.number("amount")) + ")" : ""),
							List.of(new Offer.GraphElement("Interaction", a.eventId(), a.type())));
				}
			}
		}
		if (best != null) {
			reasons.add(best);
		}
		return bestValue;
	}

	private static Offer.GraphElement product(String code) {
		return new Offer.GraphElement("Product", code, null);
	}

	private static int order(Offer.ReasonKind kind) {
		return switch (kind) {
			case CONTEXT -> 0;
			case PURPOSE -> 1;
			case MOMENT -> 2;
			case CO_HOLDING -> 3;
			case POPULARITY -> 4;
		};
	}

	private static String stageWord(PurposeStage stage) {
		return switch (stage) {
			case AWARE, CONSIDERING, APPLYING -> "active " + stage.name().toLowerCase(Locale.ROOT);
			default -> stage.name().toLowerCase(Locale.ROOT);
		};
	}

	private static String words(Object name) {
		return name.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static String day(Instant at) {
		return at.atZone(ZoneOffset.UTC).toLocalDate().toString();
	}

	private static String percent(double share) {
		return Math.round(share * 100) + "%";
	}

	private static String count(long n) {
		return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
	}

	private static double round(double value) {
		return Math.round(value * 10000) / 10000.0;
	}

}
