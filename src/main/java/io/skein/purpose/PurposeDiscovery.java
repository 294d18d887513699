package io.skein.purpose;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups one customer's interactions into purposes and sets each one's stage and confidence. Pure: the
 * same interactions, holdings and clock always give the same purposes.
 */
public final class PurposeDiscovery {

	private final EvidenceClassifier classifier;

	private final StageRules rules;

	public PurposeDiscovery(EvidenceClassifier classifier, StageRules rules) {
		this.classifier = classifier;
		this.rules = rules;
	}

	public EvidenceClassifier classifier() {
		return this.classifier;
	}

	public List<DiscoveredPurpose> discover(String customerId, List<Activity> activities, List<Holding> holdings,
			Instant now) {
		List<Activity> ordered = new ArrayList<>(activities);
		ordered.sort(Comparator.comparing(Activity::at).thenComparing(Activity::eventId));
		Map<PurposeType, List<Evidence>> byType = new EnumMap<>(PurposeType.class);
		Duration context = Duration.ofHours(this.classifier.taxonomy().contextualWithinHours());
		Evidence latest = null;
		for (Activity a : ordered) {
			if (this.classifier.isContextual(a)) {
				if (latest != null && !latest.activity().at().plus(context).isBefore(a.at())) {
					Evidence e = this.classifier.contextual(a, latest.type());
					byType.get(latest.type()).add(e);
					latest = e;
				}
				continue;
			}
			Optional<Evidence> evidence = this.classifier.classify(a);
			if (evidence.isPresent()) {
				byType.computeIfAbsent(evidence.get().type(), t -> new ArrayList<>()).add(evidence.get());
				latest = evidence.get();
			}
		}
		List<DiscoveredPurpose> purposes = new ArrayList<>();
		byType.forEach((type, evidence) -> purposes.add(purpose(customerId, type, evidence, holdings, now)));
		Instant lastAny = ordered.isEmpty() ? null : ordered.get(ordered.size() - 1).at();
		boolean inactive = lastAny == null || days(lastAny, now) >= this.rules.dormantAfterDays();
		if (inactive && !holdings.isEmpty() && !byType.containsKey(PurposeType.EVERYDAY_BANKING)) {
			purposes.add(new DiscoveredPurpose(DiscoveredPurpose.idOf(customerId, PurposeType.EVERYDAY_BANKING),
					customerId, PurposeType.EVERYDAY_BANKING, PurposeStage.DORMANT, 0.5, lastAny, lastAny,
					lastAny == null ? this.rules.dormantAfterDays() : (int) days(lastAny, now), List.of(), null));
		}
		return purposes;
	}

	private DiscoveredPurpose purpose(String customerId, PurposeType type, List<Evidence> evidence,
			List<Holding> holdings, Instant now) {
		Instant first = evidence.get(0).activity().at();
		Instant last = evidence.get(evidence.size() - 1).activity().at();
		long silence = days(last, now);
		Holding opened = openedDuring(type, holdings, first, now);
		boolean converted = opened != null || has(evidence, PurposeStage.CONVERTED);
		boolean applying = has(evidence, PurposeStage.APPLYING);
		boolean considering = has(evidence, PurposeStage.CONSIDERING) || activeDays(evidence) >= 2;
		PurposeStage stage = this.rules.stage(converted, applying, considering, silence);
		double strength = evidence.stream().mapToDouble(Evidence::weight).sum() + (opened != null ? 2.0 : 0);
		double confidence = Math.round((1 - Math.exp(-strength / 2)) * 100) / 100.0;
		return new DiscoveredPurpose(DiscoveredPurpose.idOf(customerId, type), customerId, type, stage, confidence,
				first, last, (int) silence, evidence, opened);
	}

	/** A matching account that opened on or after the purpose's first day (a day of slack for time zones). */
	private Holding openedDuring(PurposeType type, List<Holding> holdings, Instant first, Instant now) {
		LocalDate from = first.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
		LocalDate to = now.atZone(ZoneOffset.UTC).toLocalDate();
		List<String> products = this.classifier.taxonomy().rules(type).products();
		return holdings.stream()
			.filter(h -> products.contains(h.productCode()) && h.openedAt() != null)
			.filter(h -> !h.openedAt().isBefore(from) && !h.openedAt().isAfter(to))
			.findFirst()
			.orElse(null);
	}

	private static boolean has(List<Evidence> evidence, PurposeStage stage) {
		return evidence.stream().anyMatch(e -> e.stageHint() == stage);
	}

	private static long activeDays(List<Evidence> evidence) {
		return evidence.stream().map(e -> e.activity().at().atZone(ZoneOffset.UTC).toLocalDate()).distinct().count();
	}

	static long days(Instant from, Instant to) {
		return Math.max(0, Duration.between(from, to).toDays());
	}

}
