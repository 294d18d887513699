package io.skein.privacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.micrometer.core.instrument.MeterRegistry;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.ingest.IngestGuard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The set of erased identifiers, kept only as HMAC-SHA256 hashes under a secret salt (so the set itself
 * reveals nobody), and the ingestion guard that refuses any record or event carrying one of them.
 * Refused items are REJECTED with classification REFUSED and counted as {@code skein.privacy.refused}.
 */
@Component
class ErasedIdentifiers implements IngestGuard {

	private static final String REFUSAL = "carries an identifier of a person whose data was erased; not stored (an admin can review the erasure log)";

	private final SecretKeySpec salt;

	// A Mac is not thread-safe and costly to look up; each ingesting thread keeps one (doFinal resets it).
	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

	private final NamedQuery any;

	private final MeterRegistry meters;

	ErasedIdentifiers(CypherQueries queries, MeterRegistry meters,
			@Value("${skein.privacy.erased-identifier-salt:${skein.pii.salt}}") String salt) {
		this.salt = new SecretKeySpec(("erased-identifier:" + salt).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.any = queries.get("privacy/erased-any");
		this.meters = meters;
	}

	List<String> hashes(Collection<String> keys) {
		return keys.stream().map(this::hash).distinct().sorted().toList();
	}

	@Override
	public List<String> refuse(Graph.Tx tx, List<Set<String>> keysPerItem) {
		List<List<String>> hashesPerItem = keysPerItem.stream().map(this::hashes).toList();
		List<String> all = hashesPerItem.stream().flatMap(List::stream).distinct().toList();
		List<String> refusals = new ArrayList<>(keysPerItem.size());
		if (all.isEmpty()) {
			keysPerItem.forEach(k -> refusals.add(null));
			return refusals;
		}
		Set<String> erased = new HashSet<>(
				tx.run(this.any, Map.of("hashes", all)).get(0).get("erased").asList(v -> v.asString()));
		for (List<String> hashes : hashesPerItem) {
			boolean refused = hashes.stream().anyMatch(erased::contains);
			if (refused) {
				this.meters.counter("skein.privacy.refused").increment();
			}
			refusals.add(refused ? REFUSAL : null);
		}
		return refusals;
	}

	private String hash(String key) {
		return HexFormat.of().formatHex(this.macs.get().doFinal(key.getBytes(StandardCharsets.UTF_8)));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.salt);
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
