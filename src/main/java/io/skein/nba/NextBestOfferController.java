package io.skein.nba;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code nextBestOffers}. */
@Controller
class NextBestOfferController {

	private final NextBestOfferService offers;

	NextBestOfferController(NextBestOfferService offers) {
		this.offers = offers;
	}

	@QueryMapping
	List<Offer> nextBestOffers(@Argument String customerId, @Argument String channel, @Argument Integer first) {
		return this.offers.nextBestOffers(customerId, channel, first);
	}

}
