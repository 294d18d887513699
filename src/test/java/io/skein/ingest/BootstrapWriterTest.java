package io.skein.ingest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BootstrapWriterTest {

	@Test
	void writesRunInTheOrderSubmittedAndDrainWaitsForAll() {
		List<Integer> written = new CopyOnWriteArrayList<>();
		ImportPhases phases = new ImportPhases();
		try (BootstrapWriter writer = new BootstrapWriter(phases)) {
			for (int i = 0; i < 20; i++) {
				int n = i;
				writer.submit("writes", () -> written.add(n));
			}
			writer.drain();
			assertThat(written).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20).boxed().toList());
		}
		assertThat(phases.phases()).anySatisfy(p -> {
			assertThat(p.name()).isEqualTo("writes");
			assertThat(p.overlapped()).isTrue();
		});
	}

	@Test
	void aFailedWriteFailsTheDrainAndNothingAfterItIsWritten() {
		List<String> written = new CopyOnWriteArrayList<>();
		try (BootstrapWriter writer = new BootstrapWriter(new ImportPhases())) {
			writer.submit("writes", () -> {
				throw new IllegalStateException("store full");
			});
			try {
				writer.submit("writes", () -> written.add("after"));
			}
			catch (IllegalStateException alreadyFailed) {
				// the failure may surface at the next submit already
			}
			assertThatThrownBy(writer::drain).hasMessage("store full");
		}
		assertThat(written).isEmpty();
	}

}
