package io.skein.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenchImportSplitTest {

	@Test
	void theRecordsAreIngestedWhenTheLinesFirstReachTheirCount() throws InterruptedException {
		BenchImportSplit.RecordsIngested progress = new BenchImportSplit.RecordsIngested(2000);
		progress.update(10, 100, 1000);
		assertThat(progress.nanos()).as("half the records read").isNegative();
		Thread.sleep(5);
		progress.update(20, 100, 2000);
		long reached = progress.nanos();
		assertThat(reached).isGreaterThanOrEqualTo(5_000_000L);
		Thread.sleep(5);
		progress.update(90, 100, 9000);
		progress.done();
		assertThat(progress.nanos()).as("events read later do not move it").isEqualTo(reached);
	}

	@Test
	void anImportThatNeverReachedTheCountEndsItsRecordsAtItsEnd() {
		BenchImportSplit.RecordsIngested progress = new BenchImportSplit.RecordsIngested(2000);
		progress.update(10, 100, 1500);
		progress.done();
		assertThat(progress.nanos()).isNotNegative();
	}

}
