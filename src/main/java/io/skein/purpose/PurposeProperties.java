package io.skein.purpose;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Purpose discovery settings ({@code skein.purpose.*}).
 *
 * @param taxonomy where the taxonomy JSON lives (a Spring resource location)
 * @param dropAfterDays days of silence after which an application counts as dropped
 * @param dormantAfterDays days of silence after which an interest (or a whole customer) is dormant
 * @param lookbackDays how far back discovery reads interactions
 * @param sweepCron when the silence sweep runs ({@code -} turns it off)
 * @param batchSize customers recomputed per round trip
 */
@ConfigurationProperties("skein.purpose")
public record PurposeProperties(String taxonomy, int dropAfterDays, int dormantAfterDays, int lookbackDays,
		String sweepCron, int batchSize) {

	public PurposeProperties {
		taxonomy = taxonomy == null || taxonomy.isBlank() ? "classpath:purpose/taxonomy.json" : taxonomy;
		dropAfterDays = dropAfterDays <= 0 ? 45 : dropAfterDays;
		dormantAfterDays = dormantAfterDays <= 0 ? 90 : dormantAfterDays;
		lookbackDays = lookbackDays <= 0 ? 365 : lookbackDays;
		sweepCron = sweepCron == null || sweepCron.isBlank() ? "0 7 * * * *" : sweepCron;
		batchSize = batchSize <= 0 ? 200 : batchSize;
	}

	public StageRules stageRules() {
		return new StageRules(this.dropAfterDays, this.dormantAfterDays);
	}

}
