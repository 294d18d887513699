package io.skein.console;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.skein.graph.Neo4jEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Neo4j Browser at {@code /browser}: its static assets come from {@code org.neo4j.client:neo4j-browser}
 * (GPL-3, a separate runtime dependency), this class only points it at Skein's Bolt endpoint (a discovery
 * document) and opens the guides built from {@code cypher/guides/*.cypher}, one slide per file.
 */
@RestController
class NeoBrowser {

	private final Neo4jEndpoint neo4j;

	private final List<Guide> guides;

	NeoBrowser(Neo4jEndpoint neo4j) throws IOException {
		this.neo4j = neo4j;
		this.guides = readGuides();
	}

	/** Opens the Browser connected to the Bolt endpoint, playing the Skein guide. */
	@GetMapping({ "/browser", "/browser/" })
	ResponseEntity<Void> open(HttpServletRequest request) {
		String origin = origin(request);
		URI target = UriComponentsBuilder.fromPath("/browser/index.html")
			.queryParam("dbms", bolt(request))
			.queryParam("preselectAuthMethod", this.neo4j.embedded() ? "NO_AUTH" : "NATIVE")
			.queryParam("discoveryURL", origin + "/browser/discovery.json")
			.queryParam("cmd", "play")
			.queryParam("arg", origin + "/browser/guides/skein.html")
			.encode()
			.build()
			.toUri();
		return ResponseEntity.status(302).location(target).build();
	}

	/** What Neo4j Browser asks its host for: where Bolt is. */
	@GetMapping(path = "/browser/discovery.json", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, String> discovery(HttpServletRequest request) {
		return Map.of("bolt_direct", bolt(request), "neo4j_version", "5.26.0", "neo4j_edition", "community");
	}

	/** The guide ({@code :play}): one slide per file of {@code cypher/guides/}, each query runnable. */
	@GetMapping(path = "/browser/guides/skein.html", produces = MediaType.TEXT_HTML_VALUE)
	String guide() {
		StringBuilder html = new StringBuilder("<article class=\"guide\"><carousel class=\"deck container-fluid\">");
		for (Guide guide : this.guides) {
			html.append("<slide class=\"row-fluid\"><div class=\"col-sm-12\"><h3>")
				.append(HtmlUtils.htmlEscape(guide.title()))
				.append("</h3><p>")
				.append(HtmlUtils.htmlEscape(guide.description()))
				.append("</p><pre mode=\"cypher\" class=\"pre-scrollable code runnable\">")
				.append(HtmlUtils.htmlEscape(guide.cypher()))
				.append("</pre></div></slide>");
		}
		return html.append("</carousel></article>").toString();
	}

	/** Bolt as the browser must reach it: the embedded connector's port on the host the page came from. */
	private String bolt(HttpServletRequest request) {
		URI uri = URI.create(this.neo4j.boltUri());
		String host = this.neo4j.embedded() ? request.getServerName() : uri.getHost();
		return uri.getScheme() + "://" + host + ":" + uri.getPort();
	}

	private static String origin(HttpServletRequest request) {
		return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
	}

	private static List<Guide> readGuides() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/guides/*.cypher");
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		List<Guide> guides = new java.util.ArrayList<>();
		for (Resource file : files) {
			try (InputStream in = file.getInputStream()) {
				guides.add(Guide.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
		}
		return List.copyOf(guides);
	}

	/** A guide file: its first comment line is the title, further comment lines the description. */
	record Guide(String title, String description, String cypher) {

		static Guide parse(String text) {
			List<String> comments = text.lines().filter(l -> l.startsWith("//")).map(l -> l.substring(2).strip()).toList();
			String cypher = String.join("\n", text.lines().filter(l -> !l.startsWith("//")).toList()).strip();
			String title = comments.isEmpty() ? "Skein" : comments.get(0).replaceFirst("^Neo4j Browser guide \\d+:\\s*", "")
				.replaceFirst("\\s*\\(paste into.*\\)\\.?$", "");
			return new Guide(title, String.join(" ", comments.subList(Math.min(1, comments.size()), comments.size())), cypher);
		}

	}

}
