package io.skein.identity.matching;

/**
 * How a trained model's decisions compare with the prior model's (documented m, the same u and match rate)
 * on the candidate pairs: of the pairs either model links, the share the other puts below review. A share
 * above {@link #MAX_DISAGREEMENT} means EM found a structure the priors do not recognise (a family, a
 * shared device) and the prior model is kept instead.
 *
 * @param linkedByEither pairs at least one of the two models links
 * @param disagreements of those, pairs the other model scores below the review threshold
 * @param accepted whether the trained model is used
 */
public record ModelCheck(long linkedByEither, long disagreements, boolean accepted) {

	public static final double MAX_DISAGREEMENT = 0.25;

	public double share() {
		return this.linkedByEither == 0 ? 0 : (double) this.disagreements / this.linkedByEither;
	}

	public String summary() {
		return String.format("%s: the trained and the prior model disagree on %d of %d linked pairs (%.1f%%, at most %.0f%%)",
				this.accepted ? "trained model kept" : "prior model kept", this.disagreements, this.linkedByEither,
				100 * share(), 100 * MAX_DISAGREEMENT);
	}

}
