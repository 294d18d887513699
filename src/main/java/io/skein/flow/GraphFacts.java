package io.skein.flow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Reads, in one query ({@code flow/evidence.cypher}), the events and holdings that show what the bank
 * already knows about a customer: the newest {@code KYC_completed}, the salary credits of the last six
 * months and the open accounts.
 */
@Component
class GraphFacts {

	/** How far back salary credits count as verified income. */
	static final long INCOME_MONTHS = 6;

	private final Graph graph;

	private final NamedQuery query;

	private final Clock clock;

	GraphFacts(Graph graph, CypherQueries queries, Clock clock) {
		this.graph = graph;
		this.query = queries.get("flow/evidence");
		this.clock = clock;
	}

	/** Empty when the id names no customer. */
	Optional<Seen> read(String customerId) {
		Instant now = this.clock.instant();
		ZonedDateTime since = now.atZone(ZoneOffset.UTC).minusMonths(INCOME_MONTHS).truncatedTo(ChronoUnit.DAYS);
		List<Seen> rows = this.graph.query(this.query, Map.of("customerId", customerId, "incomeSince", since, "today",
				LocalDate.ofInstant(now, ZoneOffset.UTC).toString()), r -> new Seen(r.get("customerId").asString(),
						r.get("active").asBoolean(), time(r.get("kycAt")), text(r.get("kycChannel")), text(r.get("kycMethod")),
						r.get("salaryCredits").asLong(), time(r.get("lastSalaryAt")), since,
						r.get("accounts").asList(v -> new Holding(v.get("productCode").asString(), text(v.get("source")),
								text(v.get("openedAt"))))));
		return rows.stream().findFirst();
	}

	private static ZonedDateTime time(Value value) {
		return value == null || value.isNull() ? null : value.asZonedDateTime();
	}

	private static String text(Value value) {
		return value == null || value.isNull() ? null : value.asObject().toString();
	}

	/** What the query saw for the active customer {@code customerId}. */
	record Seen(String customerId, boolean active, ZonedDateTime kycAt, String kycChannel, String kycMethod,
			long salaryCredits, ZonedDateTime lastSalaryAt, ZonedDateTime salarySince, List<Holding> accounts) {
	}

	record Holding(String productCode, String source, String openedAt) {
	}

}
