package io.skein.nba;

import java.util.List;

import io.skein.customer.AccountView.ProductView;

/** A ranked offer: the product, its score, its reasons and the parts its score is made of. */
public record Offer(int rank, ProductView product, double score, String explanation, List<Reason> reasons,
		List<ScoreComponent> scoreBreakdown, String eligibility) {

	public enum ReasonKind {

		CO_HOLDING, PURPOSE, CONTEXT, MOMENT, POPULARITY

	}

	/** One reason in words and the graph elements behind it. */
	public record Reason(ReasonKind kind, String text, List<GraphElement> elements) {
	}

	/** A node: its label and key (Product code, Purpose id, Interaction eventId). */
	public record GraphElement(String label, String key, String caption) {
	}

	public record ScoreComponent(String name, double value) {
	}

	Offer ranked(int rank, String eligibility) {
		return new Offer(rank, this.product, this.score, this.explanation, this.reasons, this.scoreBreakdown,
				eligibility);
	}

}
