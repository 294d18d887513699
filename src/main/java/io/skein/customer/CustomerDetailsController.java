package io.skein.customer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.skein.identity.golden.Survivorship;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The argument-less children of a customer (and a source record's customer), each answered for the
 * whole page of customers in one Cypher round trip.
 */
@Controller
class CustomerDetailsController {

	private final RecordRepository records;

	private final IdentifierRepository identifiers;

	private final AccountRepository accounts;

	private final MergeRepository merges;

	private final CustomerRepository customers;

	private final Survivorship survivorship;

	CustomerDetailsController(RecordRepository records, IdentifierRepository identifiers, AccountRepository accounts,
			MergeRepository merges, CustomerRepository customers, Survivorship survivorship) {
		this.survivorship = survivorship;
		this.records = records;
		this.identifiers = identifiers;
		this.accounts = accounts;
		this.merges = merges;
		this.customers = customers;
	}

	@BatchMapping(typeName = "Customer")
	List<GoldenProfile> profile(List<CustomerView> customers) {
		Map<String, List<RecordRow>> byCustomer = this.records.recordsOf(ids(customers));
		return customers.stream().map(c -> GoldenProfile.of(byCustomer.getOrDefault(c.id(), List.of()), this.survivorship)).toList();
	}

	@BatchMapping(typeName = "Customer")
	List<List<SourceRecordView>> sourceRecords(List<CustomerView> customers) {
		Map<String, List<RecordRow>> byCustomer = this.records.recordsOf(ids(customers));
		return customers.stream()
			.map(c -> byCustomer.getOrDefault(c.id(), List.of()).stream().map(RecordRow::view).toList())
			.toList();
	}

	@BatchMapping(typeName = "Customer")
	List<List<IdentifierView>> identifiers(List<CustomerView> customers) {
		return each(customers, this.identifiers::identifiersOf);
	}

	@BatchMapping(typeName = "Customer")
	List<List<DeviceView>> devices(List<CustomerView> customers) {
		return each(customers, this.identifiers::devicesOf);
	}

	@BatchMapping(typeName = "Customer")
	List<List<AccountView>> accounts(List<CustomerView> customers) {
		return each(customers, this.accounts::accountsOf);
	}

	@BatchMapping(typeName = "Customer")
	List<List<MergeView>> merges(List<CustomerView> customers) {
		return each(customers, this.merges::mergesOf);
	}

	@BatchMapping(typeName = "SourceRecord", field = "customer")
	List<CustomerView> sourceRecordCustomer(List<SourceRecordView> records) {
		Map<String, CustomerView> byId = this.customers
			.byIds(records.stream().map(SourceRecordView::customerId).distinct().toList());
		return records.stream().map(r -> byId.get(r.customerId())).toList();
	}

	private static <T> List<List<T>> each(List<CustomerView> customers,
			Function<List<String>, Map<String, List<T>>> load) {
		Map<String, List<T>> byCustomer = load.apply(ids(customers));
		return customers.stream().map(c -> byCustomer.getOrDefault(c.id(), List.of())).toList();
	}

	private static List<String> ids(List<CustomerView> customers) {
		return customers.stream().map(CustomerView::id).distinct().toList();
	}

}
