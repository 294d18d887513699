package io.skein.offer;

import java.util.ArrayList;
import java.util.List;

import io.skein.graphql.InvalidInputException;
import io.skein.graphql.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Quotes a product for a customer and lists the products a customer may have. The price is the first
 * pricing row that matches (else the base price), less every discount that applies; insurances and
 * discounts are all those whose rule matches. Each part says which rule chose it.
 */
@Service
public class QuoteService {

	private final OfferCatalogue catalogue;

	private final OfferChecks checks;

	QuoteService(OfferCatalogue catalogue, OfferChecks checks) {
		this.catalogue = catalogue;
		this.checks = checks;
	}

	public Quote quote(String customerId, String productCode, double amount) {
		if (amount < 0 || Double.isNaN(amount)) {
			throw new InvalidInputException("amount", "must not be negative");
		}
		Offer offer = this.catalogue.get(productCode)
			.orElseThrow(() -> new NotFoundException("productCode", "no product " + productCode + " on offer"));
		List<OfferChecks.Check> all = new ArrayList<>();
		all.add(new OfferChecks.Check(offer.availability().id(), offer.availability().rule(), false));
		offer.pricing().forEach(p -> all.add(new OfferChecks.Check(p.id(), p.rule(), true)));
		offer.insurances().forEach(i -> all.add(new OfferChecks.Check(i.id(), i.rule(), true)));
		offer.discounts().forEach(d -> all.add(new OfferChecks.Check(d.id(), d.rule(), true)));
		OfferChecks.Result result = this.checks.run(customerId, amount, all);

		boolean eligible = result.matched().get(offer.availability().id());
		Quote.RuleOutcome eligibility = new Quote.RuleOutcome(offer.availability().id(),
				offer.availability().explanation(), eligible);
		List<String> explanations = new ArrayList<>();
		explanations.add((eligible ? "Eligible: " : "Not eligible: ") + offer.availability().explanation() + " ["
				+ offer.availability().id() + "]");
		if (!eligible) {
			return new Quote(result.customerId(), offer.code(), amount, false, eligibility, null, List.of(), List.of(),
					explanations);
		}
		Offer.PriceRow row = offer.pricing().stream().filter(p -> result.matched().get(p.id())).findFirst()
			.orElse(offer.base());
		List<Quote.Discount> discounts = offer.discounts().stream()
			.filter(d -> result.matched().get(d.id()))
			.map(d -> new Quote.Discount(d.rateOff(), d.id(), d.explanation()))
			.toList();
		List<Quote.Insurance> insurances = offer.insurances().stream()
			.filter(i -> result.matched().get(i.id()))
			.map(i -> new Quote.Insurance(i.product(), i.id(), i.explanation()))
			.toList();
		double rate = row.rate() - discounts.stream().mapToDouble(Quote.Discount::rateOff).sum();
		double commission = row.commission() != null ? row.commission() : offer.base().commission();
		explanations.add("Price: " + row.explanation() + " [" + row.id() + "]");
		discounts.forEach(d -> explanations.add("Discount: " + d.explanation() + " [" + d.ruleId() + "]"));
		insurances.forEach(i -> explanations.add("Insurance " + i.productCode() + ": " + i.explanation() + " [" + i.ruleId() + "]"));
		return new Quote(result.customerId(), offer.code(), amount, true, eligibility,
				new Quote.Price(Math.round(rate * 1000) / 1000.0, commission, row.id(), row.explanation()), insurances,
				discounts, explanations);
	}

	/** Codes of the products the catalogue has availability rules for. */
	public java.util.Set<String> ruledProducts() {
		return this.catalogue.all().stream().map(Offer::code).collect(java.util.stream.Collectors.toSet());
	}

	public List<EligibleProduct> eligibleProducts(String customerId) {
		List<Offer> offers = this.catalogue.all();
		List<OfferChecks.Check> all = offers.stream()
			.map(o -> new OfferChecks.Check(o.availability().id(), o.availability().rule(), false))
			.toList();
		OfferChecks.Result result = this.checks.run(customerId, 0, all);
		return offers.stream()
			.filter(o -> result.matched().get(o.availability().id()))
			.map(o -> new EligibleProduct(o.code(), o.name(), o.availability().id(), o.availability().explanation()))
			.toList();
	}

}
