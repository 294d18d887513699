package io.skein.offer;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Queries of {@code offer.graphqls}. */
@Controller
class OfferController {

	private final QuoteService quotes;

	private final OfferCatalogue catalogue;

	OfferController(QuoteService quotes, OfferCatalogue catalogue) {
		this.quotes = quotes;
		this.catalogue = catalogue;
	}

	@QueryMapping
	Quote quote(@Argument String customerId, @Argument String productCode, @Argument double amount) {
		return this.quotes.quote(customerId, productCode, amount);
	}

	@QueryMapping
	List<EligibleProduct> eligibleProducts(@Argument String customerId) {
		return this.quotes.eligibleProducts(customerId);
	}

	@QueryMapping
	List<Offer> offers() {
		return this.catalogue.all();
	}

}
