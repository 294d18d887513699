package io.skein.customer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The argument-less children of a customer (and a source record's customer), each answered for the
 * whole page of customers in one Cypher round trip. When a request selects several of them,
 * {@link CustomerPrefetch} has usually loaded them all in one query already and these are not called.
 */
@Controller
class CustomerDetailsController {

	private final CustomerViews views;

	private final DeviceRepository devices;

	private final MergeRepository merges;

	private final CustomerRepository customers;

	CustomerDetailsController(CustomerViews views, DeviceRepository devices, MergeRepository merges,
			CustomerRepository customers) {
		this.views = views;
		this.devices = devices;
		this.merges = merges;
		this.customers = customers;
	}

	@BatchMapping(typeName = "Customer")
	List<GoldenProfile> profile(List<CustomerView> customers) {
		return read(customers, "profile");
	}

	@BatchMapping(typeName = "Customer")
	List<List<SourceRecordView>> sourceRecords(List<CustomerView> customers) {
		return read(customers, "sourceRecords");
	}

	@BatchMapping(typeName = "Customer")
	List<List<IdentifierView>> identifiers(List<CustomerView> customers) {
		return read(customers, "identifiers");
	}

	@BatchMapping(typeName = "Customer")
	List<List<AccountView>> accounts(List<CustomerView> customers) {
		return read(customers, "accounts");
	}

	@BatchMapping(typeName = "Customer")
	List<List<DeviceView>> devices(List<CustomerView> customers) {
		return each(customers, this.devices::devicesOf);
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

	/** A view field for each customer, in the page's order. */
	private <T> List<T> read(List<CustomerView> customers, String field) {
		Map<String, T> byId = this.views.read(ids(customers), field);
		return customers.stream().map(c -> byId.get(c.id())).toList();
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
