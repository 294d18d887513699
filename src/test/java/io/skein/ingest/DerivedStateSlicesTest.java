package io.skein.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.skein.graph.Graph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A slice's derived-state parts in one write transaction, without a store: a transaction here keeps what its parts
 * wrote only when its work returns (a failure rolls back all of it), and counts its commits.
 */
class DerivedStateSlicesTest {

	final List<String> stored = new ArrayList<>();

	final List<String> events = new ArrayList<>();

	final AtomicInteger commits = new AtomicInteger();

	/** What the transaction in progress wrote, kept only if it commits. */
	List<String> pending;

	final Graph graph = transactional();

	@Test
	void everyPartOfASliceCommitsTogetherOnceThenTheirEventsAndTheListenersFollow() {
		DerivedStateSlices slices = new DerivedStateSlices(this.graph,
				() -> List.of(part("households", false), part("purposes", false), part("segments", false)),
				changed -> this.events.add("listeners " + ((CustomersChanged) changed).customerIds()));
		slices.accept(changed("c1", "c2"));
		assertThat(this.commits).hasValue(1);
		assertThat(this.stored).containsExactly("households [c1, c2]", "purposes [c1, c2]", "segments [c1, c2]");
		assertThat(this.events).containsExactly("households published", "purposes published", "segments published",
				"listeners [c1, c2]");
	}

	@Test
	void aFailingPartLosesOnlyItsOwnWorkAndIsThrownAfterTheOthersCommitted() {
		DerivedStateSlices slices = new DerivedStateSlices(this.graph,
				() -> List.of(part("households", false), part("purposes", true), part("segments", false)),
				changed -> this.events.add("listeners"));
		assertThatThrownBy(() -> slices.accept(changed("c1"))).hasMessage("purposes broke");
		// the one transaction rolled back whole; each part then ran in its own: two committed
		assertThat(this.stored).containsExactly("households [c1]", "segments [c1]");
		assertThat(this.commits).hasValue(2);
		assertThat(this.events).containsExactly("households published", "segments published", "listeners");
	}

	private DerivedStatePart part(String name, boolean fails) {
		Object monitor = new Object();
		return new DerivedStatePart() {

			@Override
			public Object monitor() {
				return monitor;
			}

			@Override
			public Runnable update(Graph.Tx tx, CustomersChanged changed) {
				DerivedStateSlicesTest.this.pending.add(name + " " + changed.customerIds());
				if (fails) {
					throw new IllegalStateException(name + " broke");
				}
				return () -> DerivedStateSlicesTest.this.events.add(name + " published");
			}
		};
	}

	@SuppressWarnings("unchecked")
	private Graph transactional() {
		Graph graph = mock(Graph.class);
		when(graph.write(any())).thenAnswer(call -> {
			this.pending = new ArrayList<>();
			Object result = ((Function<Graph.Tx, Object>) call.getArgument(0)).apply(null);
			this.stored.addAll(this.pending);
			this.commits.incrementAndGet();
			return result;
		});
		return graph;
	}

	private static CustomersChanged changed(String... customerIds) {
		return new CustomersChanged(List.of(customerIds).stream().map(id -> new CustomerChanged(id, "RECORD", null)).toList());
	}

}
