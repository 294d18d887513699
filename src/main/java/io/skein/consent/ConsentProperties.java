package io.skein.consent;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Consent settings ({@code skein.consent.*}).
 *
 * @param defaults per purpose, whether a customer who never said anything about a channel may be contacted
 * for it; unset purposes are false, except SERVICE, which a bank may send without consent
 * ({@code skein.consent.defaults.SERVICE=false} turns that off)
 * @param caps per channel, at most N messages per window, e.g. {@code EMAIL: 3/7d} (units d, h, m); a
 * channel without a cap is not capped
 * @param quietHours local times no message goes out, {@code HH:mm-HH:mm} (may wrap midnight); blank or
 * {@code -} for none
 * @param zone the zone quiet hours are read in (an IANA id)
 */
@ConfigurationProperties("skein.consent")
public record ConsentProperties(Map<ConsentPurpose, Boolean> defaults, Map<ConsentChannel, String> caps,
		String quietHours, String zone) {

	public ConsentProperties {
		Map<ConsentPurpose, Boolean> all = new EnumMap<>(ConsentPurpose.class);
		for (ConsentPurpose purpose : ConsentPurpose.values()) {
			all.put(purpose, purpose == ConsentPurpose.SERVICE);
		}
		if (defaults != null) {
			all.putAll(defaults);
		}
		defaults = Map.copyOf(all);
		caps = caps == null ? Map.of() : Map.copyOf(caps);
		quietHours = quietHours == null ? "21:00-09:00" : quietHours.strip();
		zone = zone == null || zone.isBlank() ? "Asia/Kolkata" : zone.strip();
	}

	/** Whether no statement means consent for this purpose. */
	boolean assumed(ConsentPurpose purpose) {
		return Boolean.TRUE.equals(this.defaults.get(purpose));
	}

}
