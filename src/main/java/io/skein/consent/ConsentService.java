package io.skein.consent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.customer.CustomerViews;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.graphql.InvalidInputException;
import io.skein.graphql.NotFoundException;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

/**
 * Records consent statements (latest {@code at} wins, every statement kept) and answers whether a customer
 * may be contacted on a channel for a purpose: what they last said, else the purpose's default.
 */
@Service
public class ConsentService {

	/** A statement may be dated this far ahead of the clock (clock skew), no further. */
	static final Duration MAX_AHEAD = Duration.ofMinutes(5);

	private final Graph graph;

	private final CustomerViews views;

	private final ConsentProperties properties;

	private final Clock clock;

	private final NamedQuery set;

	private final NamedQuery setAll;

	private final NamedQuery survivor;

	public ConsentService(Graph graph, CypherQueries queries, CustomerViews views, ConsentProperties properties,
			Clock clock) {
		this.graph = graph;
		this.views = views;
		this.properties = properties;
		this.clock = clock;
		this.set = queries.get("consent/set");
		this.setAll = queries.get("consent/set-all");
		this.survivor = queries.get("consent/survivor");
	}

	/**
	 * Records a statement for the active customer the id leads to and returns the customer's consent for the
	 * channel and purpose afterwards (a late, older statement is kept as history and changes nothing). Bad
	 * input is an {@link InvalidInputException} naming the argument.
	 */
	public ConsentView set(ConsentStatement statement) {
		problem("source", ConsentStatement.sourceProblem(statement.source()));
		problem("proof", ConsentStatement.proofProblem(statement.proof()));
		if (statement.at().isAfter(this.clock.instant().plus(MAX_AHEAD))) {
			throw new InvalidInputException("at", "is in the future; a statement is dated when the customer made it");
		}
		String customerId = survivor(statement.customerId());
		ConsentStatement onSurvivor = new ConsentStatement(customerId, statement.channel(), statement.purpose(),
				statement.state(), statement.source(), statement.at(), statement.proof());
		this.graph.write(tx -> tx.run(this.set, params(onSurvivor)));
		return consentsOf(List.of(customerId)).get(customerId)
			.stream()
			.filter(c -> c.channel() == statement.channel() && c.purpose() == statement.purpose())
			.findFirst()
			.orElseThrow();
	}

	/** Records statements inside the caller's transaction (ingestion), in one query; each must have been checked. */
	void setAll(Graph.Tx tx, List<ConsentStatement> statements) {
		if (!statements.isEmpty()) {
			tx.run(this.setAll, Map.of("statements", statements.stream().map(ConsentService::params).toList()));
		}
	}

	/**
	 * Whether the customer may be contacted on the channel for the purpose: GRANTED yes, WITHDRAWN no, never
	 * said the purpose's default ({@code skein.consent.defaults.*}; only SERVICE unless configured). An
	 * unknown or erased customer may not.
	 */
	public boolean allows(String customerId, ConsentChannel channel, ConsentPurpose purpose) {
		Record found = survivorOf(customerId);
		if (found == null || found.get("erased").asBoolean()) {
			return false;
		}
		String id = found.get("id").asString();
		return consentsOf(List.of(id)).get(id)
			.stream()
			.filter(c -> c.channel() == channel && c.purpose() == purpose)
			.findFirst()
			.map(c -> c.state() == ConsentState.GRANTED)
			.orElse(this.properties.assumed(purpose));
	}

	/** The current consents of each customer (merged-in customers' included), in one round trip. */
	public Map<String, List<ConsentView>> consentsOf(List<String> customerIds) {
		return this.views.read(customerIds, ConsentViewPart.FIELD);
	}

	private String survivor(String customerId) {
		Record found = survivorOf(customerId);
		if (found == null) {
			throw new NotFoundException("customerId", "no customer " + customerId);
		}
		if (found.get("erased").asBoolean()) {
			throw new InvalidInputException("customerId", "customer " + customerId + " was erased; nothing is recorded for it");
		}
		return found.get("id").asString();
	}

	/** The active customer an id leads to (columns id, erased), or null. */
	private Record survivorOf(String customerId) {
		List<Record> found = this.graph.query(this.survivor, Map.of("customerId", customerId), r -> r);
		return found.isEmpty() ? null : found.get(0);
	}

	private static void problem(String field, String problem) {
		if (problem != null) {
			throw new InvalidInputException(field, problem);
		}
	}

	private static Map<String, Object> params(ConsentStatement s) {
		Map<String, Object> params = new HashMap<>();
		params.put("customerId", s.customerId());
		params.put("key", s.key());
		params.put("channel", s.channel().name());
		params.put("purpose", s.purpose().name());
		params.put("state", s.state().name());
		params.put("source", s.source());
		params.put("at", at(s.at()));
		params.put("proof", s.proof());
		return params;
	}

	static java.time.ZonedDateTime at(Instant instant) {
		return instant.atZone(ZoneOffset.UTC);
	}

}
