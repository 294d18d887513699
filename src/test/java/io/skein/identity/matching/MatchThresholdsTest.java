package io.skein.identity.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MatchThresholdsTest {

	private final MatchThresholds thresholds = new MatchThresholds(5.0, -2.0);

	@Test
	void bandsAreClosedBelow() {
		assertThat(thresholds.band(12.0)).isEqualTo(Band.LINK);
		assertThat(thresholds.band(5.0)).isEqualTo(Band.LINK);
		assertThat(thresholds.band(4.99)).isEqualTo(Band.REVIEW);
		assertThat(thresholds.band(-2.0)).isEqualTo(Band.REVIEW);
		assertThat(thresholds.band(-2.01)).isEqualTo(Band.NONE);
	}

	@Test
	void reviewMayNotSitAboveLink() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MatchThresholds(1.0, 2.0));
	}

}
