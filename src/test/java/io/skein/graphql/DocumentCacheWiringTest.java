package io.skein.graphql;

import java.util.Map;

import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The running server parses through the document cache: the same document twice is one entry. */
@SkeinTest
class DocumentCacheWiringTest {

	@Autowired
	DocumentCache cache;

	@LocalServerPort
	int port;

	@Test
	void requestsOverHttpAreServedFromTheCache() {
		GraphQlHttp http = new GraphQlHttp(this.port);
		String document = "query documentCacheWiring { customers(first: 1) { totalCount } }";
		long before = this.cache.size();
		assertThat(http.ok(document, Map.of()).path("customers").path("totalCount").isInt()).isTrue();
		assertThat(http.ok(document, Map.of()).path("customers").path("totalCount").isInt()).isTrue();
		assertThat(this.cache.size()).isEqualTo(before + 1);
	}

}
