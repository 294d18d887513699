package io.skein.identity.resolution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.skein.identity.matching.AttributeWeights;
import io.skein.identity.matching.MatchModel;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model stored by a Skein whose comparators had other levels cannot score with today's comparators: it is
 * set aside for the default model (and says so in the log) until a full resolution trains a new one, while a
 * model with today's levels is used as stored.
 */
@SkeinTest
class StoredModelLevelsTest {

	@Autowired
	ModelStore models;

	@Test
	void aModelWithTodaysLevelsIsUsedAndOneWithOtherLevelsFallsBackToTheDefault() {
		MatchModel today = DefaultModel.of(this.models.comparators());
		Instant trained = Instant.parse("2026-12-01T00:00:00Z");
		this.models.save(new ModelStore.StoredModel(today, DefaultModel.noTermFrequencies(), trained, 1234, false));
		ModelStore.StoredModel current = this.models.current();
		assertThat(current.defaulted()).isFalse();
		assertThat(current.records()).isEqualTo(1234);

		List<AttributeWeights> older = new ArrayList<>(today.attributes());
		AttributeWeights first = older.get(0);
		int kept = first.levels().size() - 1;
		older.set(0, new AttributeWeights(first.attribute(), first.levels().subList(0, kept), first.m().subList(0, kept),
				first.u().subList(0, kept)));
		this.models.save(new ModelStore.StoredModel(new MatchModel(today.priorMatchProbability(), older),
				DefaultModel.noTermFrequencies(), trained.plusSeconds(60), 1234, false));
		ModelStore.StoredModel fallback = this.models.current();
		assertThat(fallback.defaulted()).as("set aside: the default model scores").isTrue();
		assertThat(fallback.model().attribute(0).levels()).isEqualTo(first.levels());
		assertThat(this.models.scorer()).isNotNull();
	}

}
