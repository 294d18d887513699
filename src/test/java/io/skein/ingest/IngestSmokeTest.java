package io.skein.ingest;

import java.util.List;
import java.util.Map;

import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SkeinTest
class IngestSmokeTest {

	@Autowired
	IngestService ingest;

	@Test
	void storesARecordAndReplayChangesNothing() {
		Map<String, Object> record = Map.of("source", "crm", "sourceId", "1", "firstName", "Asha", "email",
				"Asha@Example.in ");
		IngestResult first = this.ingest.ingestRecords(List.of(record), "records").get(0);
		IngestResult again = this.ingest.ingestRecords(List.of(record), "records").get(0);
		assertThat(first.status()).isEqualTo(IngestStatus.CREATED);
		assertThat(again.status()).isEqualTo(IngestStatus.UNCHANGED);
		assertThat(again.customerId()).isEqualTo(first.customerId()).startsWith("c-");
	}

}
