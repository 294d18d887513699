package io.skein.ingest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The worker that keeps derived state after ingestion, without a store: delivery, coalescing, holds, failures. */
class DerivedStateUpkeepTest {

	final List<CustomersChanged> delivered = new CopyOnWriteArrayList<>();

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@Test
	void syncModeDeliversBeforeSubmitReturns() {
		DerivedStateUpkeep upkeep = new DerivedStateUpkeep(this.delivered::add,
				new UpkeepProperties(UpkeepProperties.Mode.SYNC, 0), this.meters);
		upkeep.submit(changed("c1", "c2"));
		assertThat(this.delivered).hasSize(1);
		assertThat(this.delivered.get(0).customerIds()).containsExactly("c1", "c2");
	}

	@Test
	void asyncModeCoalescesCustomersTouchedWhileTheWorkerWasBusy() throws Exception {
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		DerivedStateUpkeep upkeep = new DerivedStateUpkeep(changed -> {
			this.delivered.add(changed);
			firstStarted.countDown();
			await(release);
		}, new UpkeepProperties(UpkeepProperties.Mode.ASYNC, 0), this.meters);
		upkeep.submit(changed("c1"));
		assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
		upkeep.submit(new CustomersChanged(List.of(event("c2", "Page_viewed"), event("c3", "Page_viewed"))));
		upkeep.submit(new CustomersChanged(List.of(event("c2", "Page_viewed"), event("c2", "Loan_started"))));
		assertThat(upkeep.backlog()).isEqualTo(2);
		release.countDown();
		assertThat(upkeep.awaitIdle(Duration.ofSeconds(5))).isTrue();
		assertThat(this.delivered).hasSize(2);
		CustomersChanged second = this.delivered.get(1);
		assertThat(second.customerIds()).containsExactly("c2", "c3");
		// The same change twice collapses; different event types of one customer all reach the listeners.
		assertThat(second.changes()).containsExactly(event("c2", "Page_viewed"), event("c2", "Loan_started"),
				event("c3", "Page_viewed"));
		assertThat(this.meters.get("skein.upkeep.backlog").gauge().value()).isZero();
		upkeep.close();
	}

	@Test
	void aHoldKeepsTheWorkerBackUntilReleasedThenDeliversInSlices() throws Exception {
		DerivedStateUpkeep upkeep = new DerivedStateUpkeep(this.delivered::add,
				new UpkeepProperties(UpkeepProperties.Mode.ASYNC, 2), this.meters);
		DerivedStateUpkeep.Hold hold = upkeep.hold();
		upkeep.submit(changed("a", "b", "c"));
		upkeep.submit(changed("b", "d", "e"));
		assertThat(upkeep.awaitIdle(Duration.ofMillis(200))).isFalse();
		assertThat(this.delivered).isEmpty();
		assertThat(this.meters.get("skein.upkeep.backlog").gauge().value()).isEqualTo(5.0);
		hold.close();
		assertThat(upkeep.awaitIdle(Duration.ofSeconds(5))).isTrue();
		assertThat(this.delivered).extracting(CustomersChanged::customerIds)
			.containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
		upkeep.close();
	}

	@Test
	void aFailingListenerIsCountedAndTheWorkerCarriesOn() throws Exception {
		DerivedStateUpkeep upkeep = new DerivedStateUpkeep(changed -> {
			if (changed.customerIds().contains("bad")) {
				throw new IllegalStateException("listener broke");
			}
			this.delivered.add(changed);
		}, new UpkeepProperties(UpkeepProperties.Mode.ASYNC, 0), this.meters);
		upkeep.submit(changed("bad"));
		assertThat(upkeep.awaitIdle(Duration.ofSeconds(5))).isTrue();
		upkeep.submit(changed("good"));
		assertThat(upkeep.awaitIdle(Duration.ofSeconds(5))).isTrue();
		assertThat(this.delivered).extracting(CustomersChanged::customerIds).containsExactly(List.of("good"));
		assertThat(this.meters.get("skein.upkeep.failures").counter().count()).isEqualTo(1.0);
		upkeep.close();
	}

	@Test
	void closingDeliversWhatIsStillQueuedEvenUnderAHold() {
		DerivedStateUpkeep upkeep = new DerivedStateUpkeep(this.delivered::add,
				new UpkeepProperties(UpkeepProperties.Mode.ASYNC, 0), this.meters);
		upkeep.hold();
		upkeep.submit(changed("x", "y"));
		upkeep.close();
		assertThat(this.delivered).extracting(CustomersChanged::customerIds).containsExactly(List.of("x", "y"));
		// After close (shutdown, or a context being restarted) changes are delivered at once.
		upkeep.submit(changed("z"));
		assertThat(this.delivered).hasSize(2);
	}

	@Test
	void theWorkerLingersSoThatChangesArrivingMeanwhileAreUpdatedTogether() throws Exception {
		DerivedStateUpkeep upkeep = new DerivedStateUpkeep(this.delivered::add,
				new UpkeepProperties(UpkeepProperties.Mode.ASYNC, 0, Duration.ofMinutes(10)), this.meters);
		upkeep.submit(changed("c1"));
		// lingering: nothing is delivered while the first change waits for company
		assertThat(upkeep.awaitIdle(Duration.ofMillis(200))).isFalse();
		upkeep.submit(changed("c2"));
		upkeep.close();
		assertThat(this.delivered).hasSize(1);
		assertThat(this.delivered.get(0).customerIds()).containsExactly("c1", "c2");
	}

	@Test
	void aFullSliceIsDeliveredWithoutLingering() throws Exception {
		DerivedStateUpkeep upkeep = new DerivedStateUpkeep(this.delivered::add,
				new UpkeepProperties(UpkeepProperties.Mode.ASYNC, 2, Duration.ofMinutes(10)), this.meters);
		upkeep.submit(changed("c1", "c2"));
		assertThat(upkeep.awaitIdle(Duration.ofSeconds(60))).isTrue();
		assertThat(this.delivered).hasSize(1);
		assertThat(this.delivered.get(0).customerIds()).containsExactly("c1", "c2");
		upkeep.close();
	}

	private static CustomersChanged changed(String... customerIds) {
		return new CustomersChanged(java.util.Arrays.stream(customerIds).map(id -> new CustomerChanged(id, "RECORD", null)).toList());
	}

	private static CustomerChanged event(String customerId, String type) {
		return new CustomerChanged(customerId, "EVENT", type);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(5, TimeUnit.SECONDS)).as("the worker got there within 5 s").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
