package io.skein.audit;

import java.util.List;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.skein.graph.Graph;
import io.skein.security.Caller;

/**
 * The audit entry of one executing mutation field. A mutation that commits in one write transaction and knows
 * its answer before it commits writes the entry in that transaction ({@link #writeIn}, then {@link #committed}):
 * the call commits once (one transaction-log force instead of two). Otherwise, and whenever the answer the
 * caller finally gets differs from the one written (or the transaction rolled back), {@link AuditInstrumentation}
 * stores the entry after the call in a transaction of its own, as for every other mutation.
 */
public final class PendingAuditEntry {

	private static final String CONTEXT_KEY = PendingAuditEntry.class.getName() + "/";

	/** For a field that is not audited, or a service called outside GraphQL: writes nothing. */
	private static final PendingAuditEntry NONE = new PendingAuditEntry(null, null, null, null, null, null);

	private final AuditLog log;

	private final String resultKey;

	private final String action;

	private final String arguments;

	private final Caller caller;

	private final String operationName;

	/** Written in a transaction that has not committed yet (or was rolled back). */
	private volatile AuditLog.Call written;

	private volatile AuditLog.Call committed;

	PendingAuditEntry(AuditLog log, String resultKey, String action, String arguments, Caller caller,
			String operationName) {
		this.log = log;
		this.resultKey = resultKey;
		this.action = action;
		this.arguments = arguments;
		this.caller = caller;
		this.operationName = operationName;
	}

	/** The entry of the mutation field {@code env} executes; one that writes nothing when the field is not audited. */
	public static PendingAuditEntry of(DataFetchingEnvironment env) {
		PendingAuditEntry entry = env.getGraphQlContext().get(CONTEXT_KEY + env.getExecutionStepInfo().getPath().getSegmentName());
		return entry == null ? NONE : entry;
	}

	/** Makes this entry the one {@link #of} finds for its field. */
	void offer(DataFetchingEnvironment env) {
		env.getGraphQlContext().put(CONTEXT_KEY + this.resultKey, this);
	}

	/**
	 * Writes the entry, stating {@code answer} (what the field will return, its errors included), in the mutation's
	 * write transaction; a failure fails the transaction. Call {@link #committed} once it committed.
	 */
	public void writeIn(Graph.Tx tx, DataFetcherResult<?> answer, DataFetchingEnvironment env) {
		if (this.log == null) {
			return;
		}
		AuditLog.Call call = call(answer.getErrors(), ArgumentSummary.answered(answer.getData(),
				env.getSelectionSet().contains("status")));
		this.log.recordIn(tx, call);
		this.written = call;
	}

	/** The transaction of the last {@link #writeIn} committed: the entry is stored. */
	public void committed() {
		AuditLog.Call call = this.written;
		if (call != null) {
			this.committed = call;
			AuditLog.logged(call);
		}
	}

	String resultKey() {
		return this.resultKey;
	}

	/** The entry stored with the mutation's commit, or null. */
	AuditLog.Call stored() {
		return this.committed;
	}

	/** The entry of this field for what it answered: its own errors, and its data (completed or as fetched). */
	AuditLog.Call call(List<GraphQLError> errors, Object data) {
		String outcome;
		if (errors.isEmpty()) {
			outcome = "OK";
		}
		else if (errors.stream().anyMatch(e -> classification(e).equals("FORBIDDEN") || classification(e).equals("UNAUTHORIZED"))) {
			outcome = "DENIED";
		}
		else if (data != null) {
			outcome = "PARTIAL";
		}
		else if (errors.stream().allMatch(e -> classification(e).equals("BAD_REQUEST") || classification(e).equals("NOT_FOUND"))) {
			outcome = "REJECTED";
		}
		else {
			outcome = "FAILED";
		}
		Caller c = this.caller;
		return new AuditLog.Call(c.principal(), c.primaryRole(), c.method(), this.action,
				ArgumentSummary.withResults(this.arguments, data), outcome, errors.size(), c.remoteAddress(),
				this.operationName);
	}

	private static String classification(GraphQLError error) {
		return error.getErrorType() == null ? "" : error.getErrorType().toString();
	}

}
