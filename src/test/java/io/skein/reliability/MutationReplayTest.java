package io.skein.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.skein.support.GraphFingerprint;
import io.skein.support.GraphQlHttp;
import io.skein.support.RootFields;
import io.skein.support.RootFields.RootField;
import io.skein.support.Scene;
import io.skein.support.SkeinTest;
import io.skein.support.ValidCalls;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mutation of the schema (the list is read from the served schema, not written here), called twice
 * over HTTP with the same arguments on a fresh {@link Scene}: the first call must succeed and change the
 * graph; the second must leave the whole-graph fingerprint ({@link GraphFingerprint}: every node and
 * relationship with its properties; audit entries aside) exactly as the first left it. What the second call
 * answers is fixed per mutation in {@link #SECOND}: the same success, or a refusal with a classified error.
 * The one exception by design is {@code createApiKey}: each call mints a new secret, so the second call adds
 * exactly one ApiKey node and nothing else. A mutation without a valid call in {@link ValidCalls} or an
 * expectation here fails the test by name.
 */
@SkeinTest
class MutationReplayTest {

	/** What a second identical call does. */
	enum Second {

		/** Succeeds again and changes nothing. */
		SAME,
		/** Is refused with a classified error (e.g. "already undone") and changes nothing. */
		REFUSED,
		/** Adds exactly one ApiKey node: createApiKey mints a new key per call, by design. */
		ONE_MORE_API_KEY

	}

	static final Map<String, Second> SECOND = Map.ofEntries(Map.entry("ingestRecords", Second.SAME),
			Map.entry("track", Second.SAME), Map.entry("createApiKey", Second.ONE_MORE_API_KEY),
			Map.entry("revokeApiKey", Second.SAME), Map.entry("eraseCustomer", Second.SAME),
			Map.entry("defineAttribute", Second.SAME), Map.entry("createSegment", Second.REFUSED),
			Map.entry("createAudience", Second.REFUSED), Map.entry("recheckSegments", Second.SAME),
			Map.entry("recomputeRfm", Second.SAME), Map.entry("resolveIdentities", Second.SAME),
			Map.entry("merge", Second.REFUSED), Map.entry("split", Second.REFUSED),
			Map.entry("banConnection", Second.REFUSED), Map.entry("undo", Second.REFUSED),
			Map.entry("declareSource", Second.SAME), Map.entry("defineJourney", Second.SAME),
			Map.entry("pauseJourney", Second.SAME), Map.entry("resumeJourney", Second.SAME),
			Map.entry("setConsent", Second.SAME));

	@Autowired
	ApplicationContext context;

	@Autowired
	GraphFingerprint fingerprint;

	@LocalServerPort
	int port;

	@TestFactory
	Stream<DynamicTest> everyMutationTwice() {
		GraphQlHttp http = new GraphQlHttp(this.port);
		return RootFields.mutations(this.context).stream().map(m -> DynamicTest.dynamicTest(m.name(), () -> replay(http, m)));
	}

	@Test
	void theTablesFollowTheSchema() {
		List<RootField> schema = RootFields.of(this.context);
		assertThat(ValidCalls.unknown(schema)).as("ValidCalls names fields the schema does not have").isEmpty();
		List<String> mutations = schema.stream().filter(RootField::isMutation).map(RootField::name).toList();
		assertThat(SECOND.keySet()).as("replay expectations for mutations the schema does not have")
			.allSatisfy(name -> assertThat(mutations).contains(name));
	}

	private void replay(GraphQlHttp http, RootField mutation) {
		Second expected = SECOND.get(mutation.name());
		if (expected == null) {
			throw new AssertionError("Mutation " + mutation.name() + " has no replay case: say in MutationReplayTest.SECOND what "
					+ "its second identical call does (SAME, REFUSED) and give it a valid call in io.skein.support.ValidCalls");
		}
		Scene scene = Scene.fresh(this.context, http);
		Map<String, Object> variables = ValidCalls.of(mutation, scene);
		List<String> before = this.fingerprint.of();
		JsonNode first = http.ok(mutation.document(), variables);
		assertThat(first.path(mutation.name()).isMissingNode() || first.path(mutation.name()).isNull())
			.as(mutation.name() + " answered no data: " + first).isFalse();
		List<String> afterFirst = this.fingerprint.of();
		assertThat(afterFirst).as(mutation.name() + ": the first call must change the graph").isNotEqualTo(before);

		GraphQlHttp.Response second = http.post(mutation.document(), variables);
		switch (expected) {
			case SAME, ONE_MORE_API_KEY -> assertThat(second.hasErrors() || second.status() != 200)
				.as(mutation.name() + ": the second call must succeed again: " + second.body()).isFalse();
			case REFUSED -> assertThat(second.classification()).as(mutation.name() + ": the second call must be refused: "
					+ second.body()).isNotNull().isNotEqualTo("INTERNAL_ERROR");
		}
		List<String> afterSecond = this.fingerprint.of();
		if (expected == Second.ONE_MORE_API_KEY) {
			List<String> added = new ArrayList<>(afterSecond);
			added.removeAll(afterFirst);
			assertThat(afterSecond).as("nothing removed").containsAll(afterFirst);
			assertThat(added).as(mutation.name() + " adds one key per call").singleElement().asString().startsWith("N[\"ApiKey\"]");
			return;
		}
		assertThat(afterSecond).as(mutation.name() + ": the second call must leave the graph as the first left it")
			.isEqualTo(afterFirst);
	}

}
