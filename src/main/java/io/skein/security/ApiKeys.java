package io.skein.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.graphql.InvalidInputException;
import io.skein.graphql.NotFoundException;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

/**
 * API keys for services. A key is 32 random bytes shown once, at creation; the graph keeps only its
 * SHA-256 (a fast hash is enough for a 256-bit random secret: there is nothing to guess) in
 * {@code (:ApiKey {id, hash, role, name, createdAt, revokedAt})}. A key found live is remembered for
 * {@link #CACHE_TTL} so a request does not pay a store round trip to authenticate; revocation takes effect
 * on the next request in this process and within that time in others sharing the store. Keys listed in
 * {@code skein.security.static-keys} are checked too, by hash.
 */
@Service
public class ApiKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	static final Duration CACHE_TTL = Duration.ofSeconds(10);

	private static final int CACHE_LIMIT = 10_000;

	/** Live keys by hash, with when they were read; only live keys are remembered, never unknown secrets. */
	private final Map<String, Remembered> live = new ConcurrentHashMap<>();

	/** Bumped by every revocation, so a lookup that raced one is not remembered. */
	private final AtomicLong revocations = new AtomicLong();

	private record Remembered(Key key, long readAtNanos) {
	}

	private final Graph graph;

	private final Clock clock;

	private final SecurityProperties properties;

	private final NamedQuery create;

	private final NamedQuery byHash;

	private final NamedQuery revoke;

	private final NamedQuery revokeNamed;

	private final NamedQuery list;

	ApiKeys(Graph graph, CypherQueries queries, Clock clock, SecurityProperties properties) {
		this.graph = graph;
		this.clock = clock;
		this.properties = properties;
		this.create = queries.get("security/api-key-create");
		this.byHash = queries.get("security/api-key-by-hash");
		this.revoke = queries.get("security/api-key-revoke");
		this.revokeNamed = queries.get("security/api-key-revoke-named");
		this.list = queries.get("security/api-keys");
	}

	/** A key as stored, without its hash. */
	public record Key(String id, String name, Role role, ZonedDateTime createdAt, ZonedDateTime revokedAt,
			List<String> sources) {

		/** How the key is named as a principal (in the audit log, among others). */
		public String principal() {
			return "key:" + this.name + " (" + this.id + ")";
		}

	}

	/** A key just created: {@code secret} is the only copy of the plain key there will ever be. */
	public record NewKey(Key key, String secret) {
	}

	/** A key that may write records of any source (for roles other than INGEST, and tests). */
	public NewKey create(String name, Role role) {
		return create(name, role, null);
	}

	/**
	 * A key bound to {@code sources} (null: any source): an INGEST key made through the API must name the
	 * sources it may write, each declared first by an admin ({@link Sources#declare}).
	 */
	public NewKey create(String name, Role role, List<String> sources) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidInputException("name", "must be 1 to 100 characters");
		}
		if (role == null) {
			throw new InvalidInputException("role", "is required");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String plain = "sk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		byte[] idBytes = new byte[8];
		RANDOM.nextBytes(idBytes);
		String id = "k-" + HexFormat.of().formatHex(idBytes);
		ZonedDateTime now = ZonedDateTime.now(this.clock).withZoneSameInstant(ZoneOffset.UTC);
		Map<String, Object> params = new java.util.HashMap<>(Map.of("id", id, "hash", sha256(plain), "role", role.name(),
				"name", name.strip(), "createdAt", now));
		params.put("sources", sources == null ? null : List.copyOf(sources));
		this.graph.execute(this.create, params);
		return new NewKey(new Key(id, name.strip(), role, now, null, sources == null ? null : List.copyOf(sources)), plain);
	}

	public Key revoke(String id) {
		ZonedDateTime now = ZonedDateTime.now(this.clock).withZoneSameInstant(ZoneOffset.UTC);
		List<Key> revoked = this.graph.write(tx -> tx.query(this.revoke, Map.of("id", id == null ? "" : id, "at", now),
				ApiKeys::key));
		forgetLiveKeys();
		if (revoked.isEmpty()) {
			throw new NotFoundException("id", "no API key " + id);
		}
		return revoked.get(0);
	}

	/** Revokes every live key of that name; demo mode uses it so each start leaves one key per role. */
	public void revokeNamed(String name) {
		this.graph.execute(this.revokeNamed,
				Map.of("name", name, "at", ZonedDateTime.now(this.clock).withZoneSameInstant(ZoneOffset.UTC)));
		forgetLiveKeys();
	}

	public List<Key> list() {
		return this.graph.query(this.list, Map.of(), ApiKeys::key);
	}

	/** The live key a plain secret stands for, if any. */
	public Optional<Key> authenticate(String plain) {
		return lookup(plain).filter(k -> k.revokedAt() == null);
	}

	/** The key a plain secret stands for, revoked or not, if any. */
	public Optional<Key> lookup(String plain) {
		if (plain == null || plain.isBlank() || plain.length() > 200) {
			return Optional.empty();
		}
		String hash = sha256(plain.strip());
		for (SecurityProperties.StaticKey key : this.properties.staticKeys()) {
			if (key.sha256() != null && MessageDigest.isEqual(key.sha256().strip().toLowerCase().getBytes(StandardCharsets.US_ASCII),
					hash.getBytes(StandardCharsets.US_ASCII))) {
				return Optional.of(new Key("static:" + key.name(), key.name(), key.role(), null, null, null));
			}
		}
		Remembered remembered = this.live.get(hash);
		if (remembered != null && System.nanoTime() - remembered.readAtNanos() < CACHE_TTL.toNanos()) {
			return Optional.of(remembered.key());
		}
		long generation = this.revocations.get();
		List<Key> found = this.graph.query(this.byHash, Map.of("hash", hash), ApiKeys::key);
		// A live key if there is one, else a revoked one (so a refusal can name the key that was revoked).
		Optional<Key> key = found.stream().filter(k -> k.revokedAt() == null).findFirst().or(() -> found.stream().findFirst());
		if (key.isPresent() && key.get().revokedAt() == null && generation == this.revocations.get()) {
			if (this.live.size() >= CACHE_LIMIT) {
				this.live.clear();
			}
			this.live.put(hash, new Remembered(key.get(), System.nanoTime()));
		}
		else {
			this.live.remove(hash);
		}
		return key;
	}

	/** After a revocation has committed: lookups that read the store before it are not remembered. */
	private void forgetLiveKeys() {
		this.revocations.incrementAndGet();
		this.live.clear();
	}

	public static String sha256(String plain) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Key key(Record r) {
		return new Key(r.get("id").asString(), r.get("name").asString(), Role.parse(r.get("role").asString()),
				r.get("createdAt").isNull() ? null : r.get("createdAt").asZonedDateTime(),
				r.get("revokedAt").isNull() ? null : r.get("revokedAt").asZonedDateTime(),
				r.get("sources").isNull() ? null : r.get("sources").asList(org.neo4j.driver.Value::asString));
	}

}
