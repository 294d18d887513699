package io.skein.security;

import java.util.Map;

import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import io.skein.support.TestNeo4j;
import graphql.introspection.Introspection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.graphql.schema.introspection.enabled=false} (the prod profile), the schema is not
 * served. Boot applies the switch JVM-wide ({@code Introspection.enabledJvmWide}), so this test turns it
 * back on for the test contexts that follow.
 */
@SkeinTest
@TestPropertySource(properties = { "spring.graphql.schema.introspection.enabled=false", TestNeo4j.SEPARATE_STORE + "=true" })
class IntrospectionDisabledTest {

	@LocalServerPort
	int port;

	@AfterAll
	static void reenableIntrospectionForOtherContexts() {
		Introspection.enabledJvmWide(true);
	}

	@Test
	void introspectionIsRefusedButQueriesWork() {
		GraphQlHttp http = new GraphQlHttp(this.port);
		GraphQlHttp.Response response = http.post("{ __schema { types { name } } }", Map.of());
		assertThat(response.errors().get(0).path("message").asString()).containsIgnoringCase("introspection");
		assertThat(http.post("{ customers { totalCount } }", Map.of()).data().path("customers").path("totalCount").asInt())
			.isZero();
	}

}
