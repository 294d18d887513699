package io.skein.purpose;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Builds discovery from the configured taxonomy and turns on the scheduled silence sweeps. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PurposeConfiguration {

	@Bean
	Taxonomy purposeTaxonomy(PurposeProperties properties) {
		return Taxonomy.load(properties.taxonomy());
	}

	@Bean
	EvidenceClassifier evidenceClassifier(Taxonomy taxonomy) {
		return new EvidenceClassifier(taxonomy);
	}

	@Bean
	PurposeDiscovery purposeDiscovery(EvidenceClassifier classifier, PurposeProperties properties) {
		return new PurposeDiscovery(classifier, properties.stageRules());
	}

}
