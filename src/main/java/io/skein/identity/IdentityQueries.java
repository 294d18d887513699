package io.skein.identity;

import io.skein.graph.CypherQueries;
import io.skein.graph.NamedQuery;

import org.springframework.stereotype.Component;

/** The named Cypher the identity module runs, resolved once at start-up. */
@Component
public class IdentityQueries {

	final NamedQuery holders;

	final NamedQuery nationalIds;

	final NamedQuery attach;

	final NamedQuery merge;

	final NamedQuery resolve;

	final NamedQuery customersOfRecords;

	final NamedQuery createAnonymous;

	final NamedQuery createInteractions;

	final NamedQuery bannedCustomers;

	final NamedQuery anyBan;

	IdentityQueries(CypherQueries queries) {
		this.holders = queries.get("identity/holders");
		this.nationalIds = queries.get("identity/national-ids");
		this.attach = queries.get("identity/attach-records");
		this.merge = queries.get("identity/merge-customers");
		this.resolve = queries.get("identity/resolve-customer");
		this.customersOfRecords = queries.get("identity/customers-by-source-records");
		this.createAnonymous = queries.get("identity/create-anonymous");
		this.createInteractions = queries.get("ingest/create-interactions");
		this.bannedCustomers = queries.get("identity/banned-customers");
		this.anyBan = queries.get("identity/any-ban");
	}

}
