package io.skein.identity.resolution;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.skein.identity.IdentifierNormaliser;
import io.skein.identity.IdentifierType;
import io.skein.identity.Normalised;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * National ids for fuzzy matching without the raw number: the digest is the stored identifier value
 * (salted HMAC), and the variants are the digests of the id and of each one-character deletion of it.
 * Two ids share a variant when they are one keying error apart (a wrong or missing character, two
 * neighbours swapped) or one character moved; nothing else about the number can be learnt from them.
 */
@Component
public class NationalIdDigests {

	private final IdentifierNormaliser normaliser;

	private final SecretKeySpec salt;

	public NationalIdDigests(IdentifierNormaliser normaliser, @Value("${skein.pii.salt}") String salt) {
		this.normaliser = normaliser;
		this.salt = new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** The digest and variants of a raw national id, or null when it is not a valid one. */
	public Digests of(String raw) {
		if (raw == null) {
			return null;
		}
		Normalised normalised = this.normaliser.normalise(IdentifierType.NATIONAL_ID, raw);
		if (!normalised.isValid()) {
			return null;
		}
		String compact = raw.strip().replaceAll("[\\s\\-./]", "").toUpperCase(Locale.ROOT);
		Set<String> variants = new TreeSet<>();
		variants.add(normalised.identifier().value());
		for (int i = 0; i < compact.length(); i++) {
			variants.add(hmac(compact.substring(0, i) + compact.substring(i + 1)));
		}
		return new Digests(normalised.identifier().value(), variants);
	}

	/** The identifier digest and the deletion-variant digests (the digest itself included). */
	public record Digests(String digest, Set<String> variants) {
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
