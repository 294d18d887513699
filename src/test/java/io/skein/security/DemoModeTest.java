package io.skein.security;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import io.skein.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo mode: one printed key per role, and credential-less callers read as VIEWER (PII masked). */
@SkeinTest
@TestPropertySource(properties = { "skein.security.demo=true", TestNeo4j.SEPARATE_STORE + "=true" })
@ExtendWith(OutputCaptureExtension.class)
class DemoModeTest {

	@Autowired
	DemoKeys demoKeys;

	@Autowired
	ApiKeys keys;

	@LocalServerPort
	int port;

	@Test
	void demoKeysArePrintedOnePerRoleAndAnonymousCallersAreViewers(CapturedOutput output) {
		this.demoKeys.createDemoKeys();
		Matcher printed = Pattern.compile("ADMIN\\s+X-Api-Key: (sk_\\S+)").matcher(output.getAll());
		String adminKey = null;
		while (printed.find()) {
			adminKey = printed.group(1);
		}
		assertThat(adminKey).as(output.getAll()).isNotNull();
		assertThat(this.keys.list()).extracting(ApiKeys.Key::name)
			.containsExactlyInAnyOrder("demo-VIEWER", "demo-ANALYST", "demo-STEWARD", "demo-ADMIN", "demo-INGEST");

		GraphQlHttp http = new GraphQlHttp(this.port);
		assertThat(http.withApiKey(adminKey).post("{ apiKeys { id } }", Map.of()).errors().isMissingNode()).isTrue();
		GraphQlHttp.Response anonymous = http.anonymous().post("{ customers { totalCount } }", Map.of());
		assertThat(anonymous.status()).isEqualTo(200);
		assertThat(anonymous.errors().isMissingNode()).as(anonymous.body().toString()).isTrue();
		GraphQlHttp.Response anonymousAdmin = http.anonymous().post("{ apiKeys { id } }", Map.of());
		assertThat(anonymousAdmin.errors().get(0).path("extensions").path("classification").asString()).isEqualTo("FORBIDDEN");
	}

}
