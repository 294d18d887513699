package io.skein.privacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
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

	private final SecretKeySpec salt;

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
	public String refuse(Graph.Tx tx, Set<String> keys) {
		if (keys.isEmpty()) {
			return null;
		}
		long n = tx.run(this.any, Map.of("hashes", hashes(keys))).get(0).get("n").asLong();
		if (n == 0) {
			return null;
		}
		this.meters.counter("skein.privacy.refused").increment();
		return "carries an identifier of a person whose data was erased; not stored (an admin can review the erasure log)";
	}

	private String hash(String key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.salt);
			return HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
