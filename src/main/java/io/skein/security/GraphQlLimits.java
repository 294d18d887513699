package io.skein.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code skein.graphql.limits.*}: what one GraphQL request may ask for. Each limit is read per request,
 * so an operator (or a test) may change it at runtime through this bean.
 */
@ConfigurationProperties("skein.graphql.limits")
public class GraphQlLimits {

	/** Deepest field nesting, counted from the operation's root fields (introspection needs about 13). */
	private int maxDepth = 15;

	/** Static cost: one per field, a field with a {@code first} argument multiplies its children by it. */
	private int maxComplexity = 20_000;

	/** Most aliased fields in one document, fragments expanded (aliases multiply work, and guesses). */
	private int maxAliases = 30;

	/** Largest {@code first} of any connection. */
	private int maxPageSize = 200;

	/** Longest list given as an argument (records, events...). */
	private int maxBatchSize = 1000;

	/** Largest request body on {@code /graphql}; larger bodies are answered HTTP 413. */
	private DataSize maxBodySize = DataSize.ofMegabytes(8);

	/** Longest a request may run; fields not yet resolved then are not, and the request is answered with an error. */
	private Duration executionTimeout = Duration.ofSeconds(30);

	public int getMaxDepth() {
		return this.maxDepth;
	}

	public void setMaxDepth(int maxDepth) {
		this.maxDepth = maxDepth;
	}

	public int getMaxComplexity() {
		return this.maxComplexity;
	}

	public void setMaxComplexity(int maxComplexity) {
		this.maxComplexity = maxComplexity;
	}

	public int getMaxAliases() {
		return this.maxAliases;
	}

	public void setMaxAliases(int maxAliases) {
		this.maxAliases = maxAliases;
	}

	public int getMaxPageSize() {
		return this.maxPageSize;
	}

	public void setMaxPageSize(int maxPageSize) {
		this.maxPageSize = maxPageSize;
	}

	public int getMaxBatchSize() {
		return this.maxBatchSize;
	}

	public void setMaxBatchSize(int maxBatchSize) {
		this.maxBatchSize = maxBatchSize;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	public Duration getExecutionTimeout() {
		return this.executionTimeout;
	}

	public void setExecutionTimeout(Duration executionTimeout) {
		this.executionTimeout = executionTimeout;
	}

}
