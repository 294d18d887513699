package io.skein.customer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.skein.graphql.Connection;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * {@code Customer.interactions}: arguments are checked here, then the request joins a DataLoader batch
 * keyed by customer and arguments, so a page of customers costs one interactions query.
 */
@Controller
class InteractionController {

	static final String LOADER = "customerInteractions";

	InteractionController(BatchLoaderRegistry registry, InteractionRepository interactions) {
		registry.<InteractionPageKey, Connection<InteractionView>>forName(LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> interactions.pages(List.copyOf(keys))));
	}

	@SchemaMapping(typeName = "Customer")
	CompletableFuture<Connection<InteractionView>> interactions(CustomerView customer, @Argument Integer first,
			@Argument String after, @Argument List<String> channel, @Argument List<String> category,
			@Argument OffsetDateTime from, @Argument OffsetDateTime to, DataFetchingEnvironment env) {
		InteractionPageKey key = InteractionPageKey.of(customer.id(), first, after, channel, category,
				from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
		DataLoader<InteractionPageKey, Connection<InteractionView>> loader = env.getDataLoader(LOADER);
		return loader.load(key);
	}

}
