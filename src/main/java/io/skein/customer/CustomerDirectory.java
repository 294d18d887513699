package io.skein.customer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import io.skein.graphql.Connection;
import io.skein.graphql.Cursors;
import io.skein.graphql.InvalidInputException;

import org.springframework.stereotype.Service;

/**
 * The ways to reach customers: by id (an absorbed id resolves to its survivor), by source record, the
 * walk over all active customers (oldest first, keyset cursor on (createdAt, id)) and full-text search
 * (best first, cursor on the position in the result, which is stable while the graph does not change).
 */
@Service
class CustomerDirectory {

	static final String PAGE_CURSOR = "customers";

	static final String SEARCH_CURSOR = "search";

	private final CustomerRepository customers;

	CustomerDirectory(CustomerRepository customers) {
		this.customers = customers;
	}

	CustomerView byId(String id) {
		return this.customers.byIds(List.of(id)).get(id);
	}

	CustomerView bySourceRecord(String source, String sourceId) {
		return this.customers.bySourceRecord(source, sourceId);
	}

	Connection<CustomerView> page(Integer first, String after) {
		int size = Cursors.pageSize(first, 50, "first");
		List<String> cursor = Cursors.decode(after, PAGE_CURSOR, 2, "after");
		ZonedDateTime afterCreatedAt = null;
		if (cursor != null) {
			try {
				afterCreatedAt = Instant.parse(cursor.get(0)).atZone(ZoneOffset.UTC);
			}
			catch (DateTimeException ex) {
				throw new InvalidInputException("after", "not a cursor returned by this connection");
			}
		}
		CustomerRepository.Slice slice = this.customers.page(afterCreatedAt, cursor == null ? null : cursor.get(1),
				size + 1);
		return Connection.of(slice.customers(), size,
				c -> Cursors.encode(PAGE_CURSOR, c.createdAt().toInstant().toString(), c.id()), slice.total());
	}

	Connection<CustomerView> search(String text, Integer first, String after) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("text", "must not be empty");
		}
		int size = Cursors.pageSize(first, 20, "first");
		List<String> cursor = Cursors.decode(after, SEARCH_CURSOR, 1, "after");
		int skip = cursor == null ? 0 : offset(cursor.get(0));
		String query = SearchText.toQuery(text);
		if (query == null) {
			return Connection.empty();
		}
		CustomerRepository.Slice slice = this.customers.search(query, SearchText.foldedName(text), skip, size + 1);
		List<CustomerView> hits = slice.customers();
		return Connection.of(hits, size,
				c -> Cursors.encode(SEARCH_CURSOR, Integer.toString(skip + hits.indexOf(c) + 1)), slice.total());
	}

	private static int offset(String text) {
		try {
			int offset = Integer.parseInt(text);
			if (offset >= 0) {
				return offset;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new InvalidInputException("after", "not a cursor returned by this connection");
	}

}
