package io.skein.identity.steward;

import java.util.List;

import io.skein.graphql.Connection;
import io.skein.identity.resolution.MatchExplainer;
import io.skein.identity.resolution.MatchExplanation;
import io.skein.identity.resolution.ResolutionReport;
import io.skein.identity.resolution.ResolutionService;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The identity schema ({@code identity.graphqls}): explanations, the review queue and steward actions. */
@Controller
class StewardController {

	private final StewardService steward;

	private final ReviewQueue reviewQueue;

	private final MatchExplainer explainer;

	private final ResolutionService resolution;

	private final io.skein.identity.resolution.ModelStore models;

	StewardController(StewardService steward, ReviewQueue reviewQueue, MatchExplainer explainer,
			ResolutionService resolution, io.skein.identity.resolution.ModelStore models) {
		this.models = models;
		this.steward = steward;
		this.reviewQueue = reviewQueue;
		this.explainer = explainer;
		this.resolution = resolution;
	}

	@QueryMapping
	MatchExplanation explainMatch(@Argument String a, @Argument String b) {
		return this.explainer.explain(a, b);
	}

	@QueryMapping
	io.skein.identity.resolution.MatchModelView matchModel() {
		return io.skein.identity.resolution.MatchModelView.of(this.models.current());
	}

	@QueryMapping
	Connection<ReviewQueue.ReviewItem> reviewQueue(@Argument Integer first, @Argument String after) {
		return this.reviewQueue.page(first, after);
	}

	@QueryMapping
	Connection<StewardActionView> stewardActions(@Argument Integer first, @Argument String after,
			@Argument String customerId) {
		return this.steward.actions(first, after, customerId);
	}

	@MutationMapping
	ResolutionReport resolveIdentities() {
		return this.resolution.resolve();
	}

	@MutationMapping
	StewardActionView merge(@Argument List<String> customerIds, @Argument String reason, @Argument Boolean force) {
		return this.steward.merge(customerIds, reason, Boolean.TRUE.equals(force));
	}

	@MutationMapping
	StewardActionView split(@Argument String customerId, @Argument List<String> sourceRecordIds,
			@Argument String reason) {
		return this.steward.split(customerId, sourceRecordIds, reason);
	}

	@MutationMapping
	StewardActionView banConnection(@Argument String a, @Argument String b, @Argument String reason) {
		return this.steward.ban(a, b, reason);
	}

	@MutationMapping
	StewardActionView undo(@Argument String actionId) {
		return this.steward.undo(actionId);
	}

}
