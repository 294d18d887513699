package io.skein.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.skein.ingest.Json;

/**
 * Posts GraphQL documents to this process's own server on localhost, as a frontend would; nothing else is
 * ever a target. A response with errors, or any status but 200, fails the call.
 */
final class GraphQlClient {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final URI endpoint;

	private final String apiKey;

	GraphQlClient(int port, String apiKey) {
		this.endpoint = URI.create("http://localhost:" + port + "/graphql");
		this.apiKey = apiKey;
	}

	/** The response body; throws unless it is a 200 without GraphQL errors. */
	String post(String document, Map<String, Object> variables) {
		String body = Json.write(Map.of("query", document, "variables", variables));
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.header("X-Api-Key", this.apiKey)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
				throw new IllegalStateException("GraphQL answered " + response.statusCode() + ": "
						+ response.body().substring(0, Math.min(500, response.body().length())));
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("GraphQL request failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
