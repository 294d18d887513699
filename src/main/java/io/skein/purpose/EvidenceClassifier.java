package io.skein.purpose;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one interaction against the taxonomy: which purpose it is evidence of (product codes and
 * property values first, then URL, campaign, note keywords, page category), at what stage and how
 * strongly. Interactions of ignored types, and contextual ones (KYC), are not classified here.
 */
public final class EvidenceClassifier {

	private final Taxonomy taxonomy;

	public EvidenceClassifier(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	public Taxonomy taxonomy() {
		return this.taxonomy;
	}

	public boolean isContextual(Activity activity) {
		return this.taxonomy.contextualEventTypes().contains(activity.type());
	}

	public Optional<Evidence> classify(Activity a) {
		if (a.type() == null || this.taxonomy.ignoredEventTypes().contains(a.type()) || isContextual(a)) {
			return Optional.empty();
		}
		Match match = byProperties(a);
		if (match == null) {
			match = byUrl(a);
		}
		if (match == null) {
			match = byPattern(a.text("campaign"), "campaign", Taxonomy.Rules::compiledCampaigns);
		}
		if (match == null && this.taxonomy.noteEventTypes().contains(a.type())) {
			match = byPattern(a.text("notes"), "notes", Taxonomy.Rules::compiledKeywords);
		}
		if (match == null) {
			match = byCategory(a);
		}
		if (match == null) {
			return Optional.empty();
		}
		return Optional.of(evidence(a, match.type(), match.role(), match.reason()));
	}

	/** Evidence of a known type for a contextual interaction (KYC attached to the purpose it serves). */
	public Evidence contextual(Activity a, PurposeType type) {
		return evidence(a, type, "CONTEXT", a.type() + " during the " + type + " journey");
	}

	/** The purpose types whose note keywords the text mentions, with the keyword found. */
	public Map<PurposeType, String> topicsIn(String text) {
		Map<PurposeType, String> topics = new java.util.EnumMap<>(PurposeType.class);
		if (text == null) {
			return topics;
		}
		this.taxonomy.purposes().forEach((type, rules) -> {
			for (Pattern p : rules.compiledKeywords()) {
				Matcher m = p.matcher(text);
				if (m.find()) {
					topics.putIfAbsent(type, m.group());
				}
			}
		});
		return topics;
	}

	private Evidence evidence(Activity a, PurposeType type, String role, String reason) {
		PurposeStage stage = PurposeStage.AWARE;
		for (Taxonomy.StageHint hint : this.taxonomy.stageHints()) {
			if (hint.eventTypes().contains(a.type()) || matchesAny(hint.compiledUrls(), url(a))) {
				stage = hint.stage();
				role = hint.role() != null ? hint.role() : role;
				break;
			}
		}
		return new Evidence(a, type, stage, this.taxonomy.weightOf(a.type()), role, reason);
	}

	private record Match(PurposeType type, String role, String reason) {
	}

	private Match byProperties(Activity a) {
		String product = a.text("product");
		if (product != null) {
			PurposeType type = this.taxonomy.typeOfProduct(product);
			if (type != null) {
				return new Match(type, "PRODUCT", "product " + product);
			}
		}
		for (Map.Entry<PurposeType, Taxonomy.Rules> e : this.taxonomy.purposes().entrySet()) {
			for (Map.Entry<String, java.util.List<String>> p : e.getValue().properties().entrySet()) {
				String value = a.text(p.getKey());
				if (value != null && p.getValue().stream().anyMatch(value::equalsIgnoreCase)) {
					return new Match(e.getKey(), "PRODUCT", p.getKey() + " " + value);
				}
			}
		}
		return null;
	}

	private Match byUrl(Activity a) {
		String url = url(a);
		if (url == null) {
			return null;
		}
		Match m = byPattern(url, "url", Taxonomy.Rules::compiledUrls);
		return m == null ? null : new Match(m.type(), "PAGE_VIEW", m.reason());
	}

	private Match byPattern(String text, String what, java.util.function.Function<Taxonomy.Rules, java.util.List<Pattern>> patterns) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (Map.Entry<PurposeType, Taxonomy.Rules> e : this.taxonomy.purposes().entrySet()) {
			for (Pattern p : patterns.apply(e.getValue())) {
				Matcher m = p.matcher(text);
				if (m.find()) {
					String role = what.equals("notes") ? "CONVERSATION" : what.equals("campaign") ? "CAMPAIGN" : "PAGE_VIEW";
					String reason = what.equals("notes") ? "notes mention \"" + m.group() + "\""
							: what.equals("campaign") ? "campaign " + text : "page " + path(text);
					return new Match(e.getKey(), role, reason);
				}
			}
		}
		return null;
	}

	private Match byCategory(Activity a) {
		String category = a.category() != null ? a.category() : a.text("Page category");
		if (category == null) {
			return null;
		}
		for (Map.Entry<PurposeType, Taxonomy.Rules> e : this.taxonomy.purposes().entrySet()) {
			if (e.getValue().pageCategories().stream().anyMatch(category::equalsIgnoreCase)) {
				return new Match(e.getKey(), "CATEGORY", "page category " + category);
			}
		}
		return null;
	}

	private String url(Activity a) {
		for (String key : this.taxonomy.urlProperties()) {
			String value = a.text(key);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	private static boolean matchesAny(java.util.List<Pattern> patterns, String text) {
		return text != null && patterns.stream().anyMatch(p -> p.matcher(text).find());
	}

	private static String path(String url) {
		int scheme = url.indexOf("://");
		int slash = scheme < 0 ? url.indexOf('/') : url.indexOf('/', scheme + 3);
		return slash < 0 ? url : url.substring(slash);
	}

}
