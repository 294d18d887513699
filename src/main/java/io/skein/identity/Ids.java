package io.skein.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Deterministic ids: derived from what caused the node, so replaying the same input into an empty store
 * reproduces the same customer ids (and the same {@code export-clusters} file).
 */
public final class Ids {

	private Ids() {
	}

	public static String sourceRecord(String source, String sourceId) {
		return "r-" + digest(source + "\u001f" + sourceId);
	}

	static String customerFor(String recordId) {
		return "c-" + digest("customer\u001f" + recordId);
	}

	public static String anonymousFor(Identifier identifier) {
		return "a-" + digest("anonymous\u001f" + identifier.key());
	}

	static String mergeFor(String survivor, List<String> absorbed, List<String> triggeredBy) {
		return "m-" + digest(survivor + "\u001f" + String.join(",", absorbed) + "\u001f" + String.join(",", triggeredBy));
	}

	/**
	 * The {@code attempt}-th candidate id for a customer made of records split off {@code fromCustomer}: derived
	 * from what was split and from where, not from the clock, so the same history gives the same ids in every run
	 * (an import and its bootstrap twin export the same clusters). The same split again (split, merged back,
	 * split again) derives the same first candidate, which must not be reused ({@code RecordMover#newCustomerId}
	 * takes the first candidate no customer holds).
	 */
	public static String splitCustomer(String fromCustomer, List<String> recordIds, int attempt) {
		String seed = "split\u001f" + fromCustomer + "\u001f" + String.join(",", recordIds);
		return "c-" + digest(attempt == 0 ? seed : seed + "\u001f" + attempt);
	}

	/** Ids of steward actions, bans and steward links: unique per what they did and when. */
	public static String stewardAction(String prefix, String type, List<String> subjects, String at) {
		return prefix + "-" + digest(type + "\u001f" + String.join(",", subjects) + "\u001f" + at);
	}

	private static String digest(String value) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
