package io.skein.identity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns raw identifier values into the normalised form stitching compares: emails trimmed and
 * lower-cased, phones in E.164 (libphonenumber, with a default region), national ids as a salted HMAC so
 * the raw number is never stored, account numbers without spaces or dashes. A value that cannot be
 * normalised comes back with the reason, so ingestion can keep it raw and warn.
 */
@Component
public class IdentifierNormaliser {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

	private static final Pattern NATIONAL_ID = Pattern.compile("^[A-Z0-9]{5,20}$");

	private static final Pattern ACCOUNT = Pattern.compile("^[A-Z0-9]{4,34}$");

	private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

	private final String defaultRegion;

	private final SecretKeySpec salt;

	private final Set<String> blocklist;

	public IdentifierNormaliser(StitchingProperties stitching, @Value("${skein.pii.salt}") String salt) {
		this.defaultRegion = stitching.defaultRegion();
		this.salt = new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.blocklist = new HashSet<>();
		for (String value : stitching.blocklist()) {
			for (IdentifierType type : IdentifierType.values()) {
				Normalised normalised = normalise(type, value);
				if (normalised.isValid()) {
					this.blocklist.add(normalised.identifier().key());
				}
			}
			this.blocklist.add(value.strip().toLowerCase(Locale.ROOT));
		}
	}

	/** True for values configured never to stitch, e.g. {@code test@example.com} or {@code 0000000000}. */
	public boolean isBlocklisted(Identifier identifier) {
		return this.blocklist.contains(identifier.key())
				|| this.blocklist.contains(identifier.value().toLowerCase(Locale.ROOT));
	}

	/**
	 * Adds the normalised identifier to {@code out}, or a warning naming {@code field} when the raw value
	 * cannot be used (kept raw, not used to stitch); blank values are simply absent.
	 */
	public void normaliseInto(List<Identifier> out, IdentifierType type, String field, String raw,
			List<String> warnings) {
		if (raw == null || raw.isBlank()) {
			return;
		}
		Normalised normalised = normalise(type, raw);
		if (normalised.isValid()) {
			out.add(normalised.identifier());
		}
		else {
			String shown = type == IdentifierType.NATIONAL_ID ? "" : " (" + raw + ")";
			warnings.add(field + ": " + normalised.problem() + shown + "; kept raw, not used to stitch");
		}
	}

	public Normalised normalise(IdentifierType type, String raw) {
		if (raw == null || raw.isBlank()) {
			return Normalised.rejected("empty");
		}
		String value = raw.strip();
		return switch (type) {
			case EMAIL -> email(value);
			case PHONE -> phone(value);
			case NATIONAL_ID -> nationalId(value);
			case ACCOUNT_NUMBER -> account(value);
			case DEVICE, COOKIE -> value.length() <= 200 ? Normalised.ok(type, value)
					: Normalised.rejected("longer than 200 characters");
		};
	}

	private Normalised email(String value) {
		String email = value.toLowerCase(Locale.ROOT);
		return EMAIL.matcher(email).matches() ? Normalised.ok(IdentifierType.EMAIL, email)
				: Normalised.rejected("not an email address");
	}

	private Normalised phone(String value) {
		try {
			PhoneNumber number = this.phones.parse(value, this.defaultRegion);
			if (!this.phones.isPossibleNumber(number)) {
				return Normalised.rejected("not a possible phone number");
			}
			return Normalised.ok(IdentifierType.PHONE, this.phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
		}
		catch (NumberParseException ex) {
			return Normalised.rejected("not a phone number");
		}
	}

	private Normalised nationalId(String value) {
		String id = compact(value);
		if (!NATIONAL_ID.matcher(id).matches()) {
			return Normalised.rejected("not a national id");
		}
		return Normalised.ok(IdentifierType.NATIONAL_ID, hmac(id));
	}

	private Normalised account(String value) {
		String number = compact(value);
		return ACCOUNT.matcher(number).matches() ? Normalised.ok(IdentifierType.ACCOUNT_NUMBER, number)
				: Normalised.rejected("not an account number");
	}

	private static String compact(String value) {
		return value.replaceAll("[\\s\\-./]", "").toUpperCase(Locale.ROOT);
	}

	private String hmac(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.salt);
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

}
