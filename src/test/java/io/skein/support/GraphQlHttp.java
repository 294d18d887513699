package io.skein.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts GraphQL documents to the running server over real HTTP, as a frontend or BI tool would. */
public final class GraphQlHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final URI endpoint;

	public GraphQlHttp(int port) {
		this.endpoint = URI.create("http://localhost:" + port + "/graphql");
	}

	public record Response(int status, JsonNode body) {

		public JsonNode data() {
			return this.body.path("data");
		}

		public JsonNode errors() {
			return this.body.path("errors");
		}

	}

	public Response post(String document, Map<String, Object> variables) {
		String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), JSON.readTree(response.body()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
