package io.skein.delivery;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import io.skein.customer.CustomerView;
import io.skein.graphql.Connection;
import io.skein.graphql.Cursors;
import io.skein.graphql.InvalidInputException;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * {@code outbox} and {@code Customer.messages}: a page of customers' messages is one query (a DataLoader
 * keyed by customer and page size). Masking of recipient and text is the access policy's.
 */
@Controller
class OutboxController {

	static final String LOADER = "customerMessages";

	private final Outbox outbox;

	OutboxController(Outbox outbox, BatchLoaderRegistry registry) {
		this.outbox = outbox;
		registry.<MessagesKey, List<OutboxMessage>>forName(LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
	}

	@QueryMapping
	Connection<OutboxMessage> outbox(@Argument Integer first, @Argument String after, @Argument OutboxStatus status) {
		int size = Cursors.pageSize(first, 50, "first");
		List<String> cursor = Cursors.decode(after, "outbox", 2, "after");
		Instant afterAt = null;
		if (cursor != null) {
			try {
				afterAt = Instant.parse(cursor.get(0));
			}
			catch (RuntimeException ex) {
				throw new InvalidInputException("after", "not a cursor returned by this connection");
			}
		}
		List<OutboxMessage> rows = this.outbox.page(status, afterAt, cursor == null ? null : cursor.get(1), size + 1);
		return Connection.of(rows, size, m -> Cursors.encode("outbox", String.valueOf(m.createdAt()), m.key()), null);
	}

	@SchemaMapping(typeName = "Customer")
	CompletableFuture<List<OutboxMessage>> messages(CustomerView customer, @Argument Integer first,
			DataFetchingEnvironment env) {
		DataLoader<MessagesKey, List<OutboxMessage>> loader = env.getDataLoader(LOADER);
		return loader.load(new MessagesKey(customer.id(), Cursors.pageSize(first, 20, "first")));
	}

	private Map<MessagesKey, List<OutboxMessage>> load(Set<MessagesKey> keys) {
		Map<MessagesKey, List<OutboxMessage>> out = new HashMap<>();
		keys.stream().collect(Collectors.groupingBy(MessagesKey::first)).forEach((first, sameSize) -> {
			Map<String, List<OutboxMessage>> byCustomer = this.outbox
				.messagesOf(sameSize.stream().map(MessagesKey::customerId).distinct().toList(), first);
			sameSize.forEach(k -> out.put(k, byCustomer.getOrDefault(k.customerId(), List.of())));
		});
		return out;
	}

	/** A customer and how many of its newest messages are asked for. */
	record MessagesKey(String customerId, int first) {
	}

}
