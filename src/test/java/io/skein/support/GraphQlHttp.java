package io.skein.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts GraphQL documents to the running server over real HTTP, as a frontend or BI tool would.
 * {@link #ok} is the call for a request that must succeed: HTTP 200, no {@code errors}, and data; it fails
 * the test with the whole response otherwise. {@link #refused} is the call for one that must fail with a
 * given classification. {@link #post} returns the raw response for tests that judge it themselves.
 */
public final class GraphQlHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final URI endpoint;

	private final Map<String, String> credentials;

	/** A client that authenticates with the test admin key. */
	public GraphQlHttp(int port) {
		this(URI.create("http://localhost:" + port + "/graphql"), Map.of("X-Api-Key", TestCredentials.ADMIN_KEY));
	}

	private GraphQlHttp(URI endpoint, Map<String, String> credentials) {
		this.endpoint = endpoint;
		this.credentials = credentials;
	}

	/** The same endpoint with an API key. */
	public GraphQlHttp withApiKey(String key) {
		return new GraphQlHttp(this.endpoint, Map.of("X-Api-Key", key));
	}

	/** The same endpoint with a bearer token. */
	public GraphQlHttp withBearer(String token) {
		return new GraphQlHttp(this.endpoint, Map.of("Authorization", "Bearer " + token));
	}

	/** The same endpoint without credentials. */
	public GraphQlHttp anonymous() {
		return new GraphQlHttp(this.endpoint, Map.of());
	}

	public URI endpoint() {
		return this.endpoint;
	}

	public record Response(int status, JsonNode body) {

		public JsonNode data() {
			return this.body.path("data");
		}

		public JsonNode errors() {
			return this.body.path("errors");
		}

		/** True when the body carries at least one GraphQL error. */
		public boolean hasErrors() {
			JsonNode errors = errors();
			return !errors.isMissingNode() && !errors.isNull() && !errors.isEmpty();
		}

		/** The classification of the first error, or null without errors. */
		public String classification() {
			return hasErrors() ? errors().get(0).path("extensions").path("classification").asString(null) : null;
		}

	}

	/** Posts a document that must succeed: HTTP 200, no GraphQL errors, a data object. Returns {@code data}. */
	public JsonNode ok(String document, Map<String, Object> variables) {
		Response response = post(document, variables);
		if (response.status() != 200 || response.hasErrors() || !response.data().isObject()) {
			throw new AssertionError("expected success (HTTP 200, no errors, data) for " + document + " with " + variables
					+ " but got HTTP " + response.status() + ": " + response.body());
		}
		return response.data();
	}

	/** Posts a document that must be refused with {@code classification}; returns the response. */
	public Response refused(String document, Map<String, Object> variables, String classification) {
		Response response = post(document, variables);
		if (!response.hasErrors() || !classification.equals(response.classification())) {
			throw new AssertionError("expected a " + classification + " error for " + document + " with " + variables
					+ " but got HTTP " + response.status() + ": " + response.body());
		}
		return response;
	}

	public Response post(String document, Map<String, Object> variables) {
		String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
		return postRaw(body);
	}

	/** Posts a body as it is, e.g. one that is not valid JSON or is over the size limit. */
	public Response postRaw(String body) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.endpoint)
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		this.credentials.forEach(builder::header);
		try {
			HttpResponse<String> response = this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			String text = response.body();
			JsonNode json;
			try {
				json = text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
			}
			catch (RuntimeException notJson) {
				json = JSON.createObjectNode().put("raw", text);
			}
			return new Response(response.statusCode(), json);
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
