package io.skein.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link EventAttribution} reads and changes while it decides: who holds an identifier, each
 * customer's national ids and bans, merges followed, profiles created, customers merged. Backed by the
 * store inside one transaction ({@link IdentityWorkspace}) or by memory for a bootstrap load
 * ({@link InMemoryStitching#events}), so both take the same decisions from the same code.
 */
public interface StitchingState {

	/** The customers holding an identifier, as of the decisions so far; a record never holds for itself. */
	List<Holder> holders(Identifier identifier, String excludingRecordId);

	Set<String> nationalIds(String customerId);

	/** For each of the customers, the others among them a steward banned it from joining. */
	Map<String, Set<String>> bansAmong(Set<String> customerIds);

	/** Follows merges made in this unit of work. */
	String resolve(String customerId);

	/** Active ids for ids stored before this unit of work began, following merges. */
	Map<String, String> resolveStored(Collection<String> ids);

	/** The customers of the named source records: key {@code source + '\u001f' + sourceId}. */
	Map<String, String> customersOfRecords(Collection<List<String>> sourceAndIds);

	boolean isKnownCustomer(String customerId);

	void createAnonymousProfile(String customerId);

	/** Merges customers into an active survivor; returns the merge id. */
	String merge(String survivorId, List<String> absorbed, String reason, List<String> triggeredBy);

}
