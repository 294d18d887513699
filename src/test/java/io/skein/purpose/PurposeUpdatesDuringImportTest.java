package io.skein.purpose;

import io.skein.ingest.DerivedStateUpkeep;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduled sweep skips its turn while a bulk import holds derived-state upkeep, and runs after. */
@SkeinTest
class PurposeUpdatesDuringImportTest {

	@Autowired
	PurposeUpdates scheduled;

	@Autowired
	DerivedStateUpkeep upkeep;

	@Test
	void skipsWhileABulkImportHoldsUpkeep() {
		try (DerivedStateUpkeep.Hold hold = this.upkeep.hold()) {
			assertThat(this.scheduled.sweep()).isFalse();
		}
		assertThat(this.scheduled.sweep()).isTrue();
	}

}
