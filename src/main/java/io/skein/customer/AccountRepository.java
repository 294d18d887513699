package io.skein.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/** Accounts and products of a page of customers, in one round trip. */
@Repository
class AccountRepository {

	private final Graph graph;

	private final NamedQuery accounts;

	AccountRepository(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.accounts = queries.get("customer/accounts");
	}

	Map<String, List<AccountView>> accountsOf(List<String> customerIds) {
		Map<String, List<AccountView>> byCustomer = new HashMap<>();
		this.graph.query(this.accounts, Map.of("ids", customerIds), r -> r).forEach(r -> {
			String customerId = r.get("customerId").asString();
			Value product = r.get("product");
			AccountView account = new AccountView(r.get("accountNumber").asString(),
					product.isNull() ? null
							: new AccountView.ProductView(product.get("code").asString(), Rows.string(product.get("name")),
									Rows.string(product.get("category"))),
					Rows.string(r.get("openedAt")), Rows.string(r.get("closedAt")), Rows.number(r.get("balance")),
					Rows.string(r.get("currency")), SourceRecordView.from(r.get("record"), customerId));
			byCustomer.computeIfAbsent(customerId, k -> new ArrayList<>()).add(account);
		});
		return byCustomer;
	}

}
