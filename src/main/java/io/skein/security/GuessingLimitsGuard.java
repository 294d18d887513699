package io.skein.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import io.skein.graphql.FieldFetcherWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Finding 4 of issue 13: a caller below STEWARD cannot guess masked values by volume. Its
 * {@code searchCustomers} and {@code previewRule} calls are limited per minute ({@link GuessingLimits};
 * over the limit a call is refused {@code RATE_LIMITED} and not run), and a {@code previewRule} count
 * below k for a rule on personal fields is not given: the call answers {@code COUNT_BELOW_MINIMUM} with
 * {@code extensions.countBelowMinimum = true} and {@code countText = "< k"}. STEWARD and up see the
 * values themselves and are not limited. Only those two fields are wrapped, when the schema is built.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class GuessingLimitsGuard implements FieldFetcherWrapper {

	static final String SEARCH = "Query.searchCustomers";

	static final String PREVIEW = "Query.previewRule";

	/** Profile fields that say nothing about one person: every other field, and any attribute or event property, is personal. */
	private static final Set<String> IMPERSONAL_PROFILE_FIELDS = Set.of("SOURCE", "COUNTRY");

	private final GuessingLimits limits;

	private final CallerRateLimiter limiter;

	GuessingLimitsGuard(GuessingLimits limits, Clock clock) {
		this.limits = limits;
		this.limiter = new CallerRateLimiter(clock);
	}

	/** Forgets every count. */
	public void reset() {
		this.limiter.reset();
	}

	@Override
	public DataFetcher<?> wrap(GraphQLObjectType parent, GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
		String coordinate = parent.getName() + "." + field.getName();
		if (!SEARCH.equals(coordinate) && !PREVIEW.equals(coordinate)) {
			return fetcher;
		}
		return FieldFetcherWrapper.like(fetcher, e -> {
			Caller caller = Callers.of(e.getGraphQlContext());
			if (caller.has(Role.STEWARD)) {
				return fetcher.get(e);
			}
			boolean search = SEARCH.equals(coordinate);
			int perMinute = search ? this.limits.getSearchPerMinute() : this.limits.getPreviewPerMinute();
			if (!this.limiter.tryAcquire(coordinate, key(caller), perMinute, this.limits.getMaxTrackedCallers())) {
				long retry = this.limiter.secondsToNextWindow();
				return refused(e, "RATE_LIMITED", "Too many " + e.getFieldDefinition().getName() + " calls: at most "
						+ perMinute + " a minute per caller below STEWARD (skein.security.guessing."
						+ (search ? "search" : "preview") + "-per-minute); retry in " + retry + " s",
						Map.of("limit", perMinute, "retryAfterSeconds", retry));
			}
			Object value = fetcher.get(e);
			int k = this.limits.getMinimumGroupSize();
			if (!search && value instanceof Number count && count.longValue() < k
					&& touchesPersonalData(e.getArgument("rule"))) {
				return refused(e, "COUNT_BELOW_MINIMUM", "Fewer than " + k + " customers match; below STEWARD a rule on"
						+ " personal fields reports smaller counts only as < " + k
						+ " (skein.security.guessing.minimum-group-size)",
						Map.of("countBelowMinimum", true, "countText", "< " + k, "minimumGroupSize", k));
			}
			return value;
		});
	}

	/** Whether a segment rule tests a personal field: a profile field other than source or country, an attribute, an event property. */
	static boolean touchesPersonalData(Object rule) {
		if (rule instanceof List<?> list) {
			return list.stream().anyMatch(GuessingLimitsGuard::touchesPersonalData);
		}
		if (!(rule instanceof Map<?, ?> map)) {
			return false;
		}
		if (map.get("profile") instanceof Map<?, ?> profile
				&& !IMPERSONAL_PROFILE_FIELDS.contains(String.valueOf(profile.get("field")))) {
			return true;
		}
		if (map.get("attribute") != null) {
			return true;
		}
		if (map.get("event") instanceof Map<?, ?> event && event.get("properties") instanceof List<?> properties
				&& !properties.isEmpty()) {
			return true;
		}
		return touchesPersonalData(map.get("and")) || touchesPersonalData(map.get("or"))
				|| touchesPersonalData(map.get("not"));
	}

	/** Who is counted: an authenticated caller by its principal, an anonymous one by its address. */
	private static String key(Caller caller) {
		return caller.isAuthenticated() && !"demo-anonymous".equals(caller.method())
				? caller.method() + ":" + caller.principal() : "address:" + caller.remoteAddress();
	}

	private static DataFetcherResult<Object> refused(DataFetchingEnvironment env, String classification, String message,
			Map<String, Object> extensions) {
		return DataFetcherResult.newResult()
			.error(GraphqlErrorBuilder.newError(env)
				.errorType(ErrorClassification.errorClassification(classification))
				.message(message)
				.extensions(extensions)
				.build())
			.build();
	}

}
