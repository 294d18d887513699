package io.skein.security;

import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small documents that expand to astronomically many fields (finding 1 of issue 13): each is refused
 * with {@code QUERY_TOO_COMPLEX} before anything normalises or executes it, in well under a second.
 */
@SkeinTest
class FragmentBombTest {

	@Autowired
	IngestService ingest;

	@LocalServerPort
	int port;

	GraphQlHttp http;

	@BeforeEach
	void setUp() {
		this.http = new GraphQlHttp(this.port);
		PiiFixture.load(this.ingest);
	}

	/** 25 fragments, each spreading the next twice: 2^25 field occurrences from a 1 KB document. */
	static String fragmentBomb(String root, int levels) {
		StringBuilder doc = new StringBuilder("query { " + root + " }\n");
		for (int i = 0; i < levels; i++) {
			doc.append("fragment F").append(i).append(" on Customer { id ...F").append(i + 1).append(" ...F")
				.append(i + 1).append(" }\n");
		}
		doc.append("fragment F").append(levels).append(" on Customer { id profile { email { value } } }\n");
		return doc.toString();
	}

	@Test
	void fragmentBombUnderCustomersIsRefusedFast() {
		assertRefusedFast(fragmentBomb("customers { edges { node { ...F0 } } }", 25));
	}

	@Test
	void fragmentBombUnderOneCustomerIsRefusedFast() {
		assertRefusedFast(fragmentBomb("customer(id: \"x\") { ...F0 }", 25));
	}

	@Test
	void aliasBombThroughFragmentsIsRefusedFast() {
		StringBuilder doc = new StringBuilder("query { customers { edges { node { ...A0 } } } }\n");
		for (int i = 0; i < 6; i++) {
			doc.append("fragment A").append(i).append(" on Customer { x").append(i).append(": id ...A").append(i + 1)
				.append(" ...A").append(i + 1).append(" }\n");
		}
		doc.append("fragment A6 on Customer { y: id }\n");
		assertRefusedFast(doc.toString());
	}

	@Test
	void inlineFragmentBombIsRefusedFast() {
		// Doubling through nested inline fragments doubles the text too: the parser's token limit stops it.
		String inner = "id";
		for (int i = 0; i < 14; i++) {
			inner = "... on Customer { " + inner + " } ... on Customer { " + inner + " }";
		}
		long start = System.nanoTime();
		GraphQlHttp.Response response = this.http.post("query { customers { edges { node { " + inner + " } } } }", Map.of());
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
		assertThat(response.errors()).as(response.body().toString()).hasSize(1);
		assertThat(response.errors().get(0).path("extensions").path("classification").asString())
			.isIn("QUERY_TOO_COMPLEX", "InvalidSyntax");
		assertThat(response.data().isNull() || response.data().isMissingNode()).isTrue();
	}

	@Test
	void fragmentCycleIsRefusedFast() {
		assertRefusedFast("query { customers { edges { node { ...A } } } }\n"
				+ "fragment A on Customer { id ...B }\nfragment B on Customer { id ...A ...A }\n");
	}

	@Test
	void thousandAliasedSearchesAreRefused() {
		StringBuilder doc = new StringBuilder("query { ");
		for (int i = 0; i < 1000; i++) {
			doc.append("s").append(i).append(": searchCustomers(text: \"+91 98765 4").append(1000 + i)
				.append("\") { totalCount } ");
		}
		assertRefusedFast(doc.append('}').toString());
	}

	@Test
	void ordinaryFragmentsStillRun() {
		String doc = fragmentBomb("customers { edges { node { ...F0 } } }", 3);
		GraphQlHttp.Response response = this.http.post(doc, Map.of());
		assertThat(response.errors().isMissingNode()).as(response.body().toString()).isTrue();
		assertThat(response.data().path("customers").path("edges").size()).isEqualTo(1);
	}

	private void assertRefusedFast(String document) {
		assertThat(document.length()).isLessThan(8 * 1024 * 1024);
		long start = System.nanoTime();
		GraphQlHttp.Response response = this.http.post(document, Map.of());
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(millis).as("refused in ms").isLessThan(2_000);
		assertThat(response.errors()).as(response.body().toString()).hasSize(1);
		JsonNode error = response.errors().get(0);
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("QUERY_TOO_COMPLEX");
		assertThat(response.data().isNull() || response.data().isMissingNode()).isTrue();
	}

}
