package io.skein.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import graphql.schema.DataFetchingEnvironment;
import io.skein.graphql.Connection;
import io.skein.graphql.Cursors;
import io.skein.graphql.InvalidInputException;
import org.dataloader.DataLoader;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Loads every customer-view part a request selects under a customer (or a page of customers) in one
 * query (for a customer asked for by id, the same query finds it), and primes the fields' DataLoaders with the results, so a customer-360 costs one round trip
 * instead of one per field. Fields not covered (filtered or later interaction pages, devices, merges)
 * load as before; with fewer than two parts selected nothing is primed, since one batch loader costs the
 * same single query.
 */
@Component
class CustomerPrefetch {

	private static final Set<String> INTERACTION_FILTERS = Set.of("after", "channel", "category", "from", "to");

	private final CustomerViews views;

	CustomerPrefetch(CustomerViews views) {
		this.views = views;
	}

	/**
	 * What a request selects under a customer that the view's parts answer; null when under two parts.
	 * {@code lean} are the columns read by their part's lighter block, the request selecting nothing it leaves out.
	 */
	record Plan(Set<String> columns, Set<String> lean, List<String> viewFields, List<Integer> pages) {

		Map<String, Object> parameters() {
			return Map.of("interactionsLimit", this.pages.stream().mapToInt(Integer::intValue).max().orElse(0) + 1);
		}

	}

	/**
	 * The parts of the view these selections (under each customer) ask for; null when fewer than two.
	 * {@code selected} is what the whole operation selects, which decides the parts read lean.
	 */
	Plan plan(List<ChildSelection> fields, SelectedCoordinates selected) {
		Set<String> columns = new TreeSet<>();
		List<String> viewFields = new ArrayList<>();
		List<Integer> pages = new ArrayList<>();
		for (ChildSelection field : fields) {
			CustomerViewPart part = this.views.partOf(field.name());
			if (part != null) {
				columns.add(part.column());
				if (!viewFields.contains(field.name())) {
					viewFields.add(field.name());
				}
			}
			else if ("interactions".equals(field.name())) {
				Integer page = firstPage(field);
				if (page != null) {
					columns.add(CustomerViewParts.INTERACTIONS);
					pages.add(page);
				}
			}
		}
		if (columns.size() < 2) {
			return null;
		}
		Set<String> lean = new TreeSet<>();
		for (String column : columns) {
			CustomerViewPart.Lean lighter = this.views.part(column).lean();
			if (lighter != null && !selected.mayInclude(lighter.unlessSelected())) {
				lean.add(column);
			}
		}
		return new Plan(columns, lean, viewFields, pages);
	}

	/** Primes the loaders of {@code fields} (the selections under each customer) for these customers. */
	void prime(List<CustomerView> customers, List<ChildSelection> fields, DataFetchingEnvironment env) {
		List<CustomerView> known = customers.stream().filter(Objects::nonNull).toList();
		Plan plan = known.isEmpty() ? null : plan(fields, SelectedCoordinates.of(env));
		if (plan == null) {
			return;
		}
		Map<String, Map<String, Value>> rows = this.views.columns(known.stream().map(CustomerView::id).distinct().toList(),
				plan.columns(), plan.lean(), plan.parameters());
		for (CustomerView customer : known) {
			prime(customer, rows.get(customer.id()), plan, env);
		}
	}

	/**
	 * The customer an id names (through merges, as {@link CustomerDirectory#byId}) found in the same query
	 * that reads the parts of the plan, whose loaders are primed: a customer-360 in one round trip. Null
	 * when no customer has that id.
	 */
	CustomerView byId(String id, Plan plan, DataFetchingEnvironment env) {
		CustomerViews.Found found = this.views.byIds(List.of(id), plan.columns(), plan.lean(), plan.parameters()).get(id);
		if (found == null) {
			return null;
		}
		prime(found.customer(), found.columns(), plan, env);
		return found.customer();
	}

	private void prime(CustomerView customer, Map<String, Value> row, Plan plan, DataFetchingEnvironment env) {
		if (row == null) {
			return;
		}
		for (String field : plan.viewFields()) {
			CustomerViewPart part = this.views.partOf(field);
			DataLoader<Object, Object> loader = env.getDataLoader("Customer." + field);
			if (loader != null) {
				loader.prime(customer, part.fields().get(field).read(customer.id(), row.get(part.column())));
			}
		}
		if (!plan.pages().isEmpty()) {
			primeInteractions(customer, row.get(CustomerViewParts.INTERACTIONS), plan.pages(), env);
		}
	}

	private static void primeInteractions(CustomerView customer, Value column, List<Integer> pages,
			DataFetchingEnvironment env) {
		DataLoader<InteractionPageKey, Connection<InteractionView>> loader = env.getDataLoader(InteractionController.LOADER);
		if (loader == null) {
			return;
		}
		List<InteractionView> newest = column.asList(InteractionRepository::view);
		for (int page : pages) {
			InteractionPageKey key = InteractionPageKey.of(customer.id(), page, null, null, null, null, null);
			loader.prime(key, Connection.of(newest, page, InteractionPageKey::cursorOf, null));
		}
	}

	/** The page size of an interactions field asking for the newest page with no filter; otherwise null. */
	private static Integer firstPage(ChildSelection field) {
		Map<String, Object> arguments = field.arguments();
		if (INTERACTION_FILTERS.stream().anyMatch(a -> arguments.get(a) != null)) {
			return null;
		}
		Object first = arguments.get("first");
		try {
			return Cursors.pageSize(first instanceof Number n ? n.intValue() : null, InteractionPageKey.DEFAULT_PAGE,
					"first");
		}
		catch (InvalidInputException ex) {
			// The field itself reports the bad argument.
			return null;
		}
	}

}
