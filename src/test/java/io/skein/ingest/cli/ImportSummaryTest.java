package io.skein.ingest.cli;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.skein.ingest.ImportPhases;
import io.skein.ingest.IngestResult;
import io.skein.ingest.IngestStatus;
import io.skein.ingest.ItemError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportSummaryTest {

	@Test
	void formatsEachPhaseWithItsShareAndMarksTheOverlappedOnes() {
		ImportSummary summary = new ImportSummary.Tally().summary(1, 0, 0, Duration.ofSeconds(10),
				List.of(new ImportPhases.Phase("end resolution", Duration.ofSeconds(4), false),
						new ImportPhases.Phase("bootstrap records: writes", Duration.ofMillis(2500), true)));

		assertThat(summary.formatPhases().lines().toList()).containsExactly("time by phase (s, share):",
				String.format(java.util.Locale.ROOT, "  %-70s %8s %5s%%", "end resolution", "4.0", "40.0"),
				String.format(java.util.Locale.ROOT, "  %-70s %8s %5s%%  (beside the others)", "bootstrap records: writes",
						"2.5", "25.0"));
	}

	@Test
	void formatsEveryCountAndTheRejectedLines() {
		ImportSummary.Tally tally = new ImportSummary.Tally();
		tally.add("people.ndjson", record(1), result(IngestStatus.CREATED, "email: not an email (x); kept raw"));
		tally.add("people.ndjson", record(2), result(IngestStatus.UPDATED));
		tally.add("people.ndjson", event(3), result(IngestStatus.UNCHANGED));
		tally.add("people.ndjson", RecordSource.Item.unreadable(5, "not valid JSON: Unexpected end-of-input"),
				rejected(new ItemError("$", "not valid JSON: Unexpected end-of-input", "BAD_REQUEST")));
		tally.add("people.ndjson", record(6), rejected(ItemError.badRequest("sourceId", "is required")));
		tally.add("events.ndjson", event(2), rejected(ItemError.badRequest(".identifiers",
				"an event needs identifiers, an anonymousId or a deviceId")));

		ImportSummary summary = tally.summary(2, 7, 1, Duration.ofMillis(1500));

		assertThat(summary.format()).isEqualTo("""
				files:      2
				lines read: 6 (3 records, 2 events, 1 not JSON objects)
				ingested:   2 (created 1, updated 1)
				unchanged:  1
				rejected:   3
				  people.ndjson:5: $: not valid JSON: Unexpected end-of-input
				  people.ndjson:6: sourceId: is required
				  events.ndjson:2: identifiers: an event needs identifiers, an anonymousId or a deviceId
				warnings:   1
				customers:  7 active (1 anonymous)
				elapsed:    1.5 s
				rate:       4.0 lines/s
				""".replace("\n", System.lineSeparator()));
		assertThat(summary.exitCode()).isEqualTo(2);
	}

	@Test
	void showsTwentyRejectionsAndCountsTheRest() {
		ImportSummary.Tally tally = new ImportSummary.Tally();
		for (int line = 1; line <= 25; line++) {
			tally.add("f.jsonl", record(line), rejected(ItemError.badRequest("source", "is required")));
		}
		ImportSummary summary = tally.summary(1, 0, 0, Duration.ZERO);
		assertThat(summary.rejections()).hasSize(ImportSummary.SHOWN_REJECTIONS);
		assertThat(summary.rejections().get(19)).hasToString("f.jsonl:20: source: is required");
		assertThat(summary.format()).contains("  f.jsonl:20: source: is required" + System.lineSeparator()
				+ "  ... and 5 more" + System.lineSeparator()).contains("rate:       0.0 lines/s");
	}

	@Test
	void exitsWithZeroWhenNothingWasRejected() {
		ImportSummary.Tally tally = new ImportSummary.Tally();
		tally.add("f.ndjson", record(1), result(IngestStatus.UNCHANGED));
		assertThat(tally.summary(1, 1, 0, Duration.ofSeconds(1)).exitCode()).isZero();
	}

	@Test
	void namesTheFieldBareOrTheWholeLine() {
		assertThat(ImportSummary.Tally.field("sourceId")).isEqualTo("sourceId");
		assertThat(ImportSummary.Tally.field(".identifiers")).isEqualTo("identifiers");
		assertThat(ImportSummary.Tally.field("")).isEqualTo("$");
		assertThat(ImportSummary.Tally.field(null)).isEqualTo("$");
	}

	@Test
	void progressShowsShareOfBytesRateAndTimeLeft() {
		assertThat(TerminalProgress.render(250, 1000, 500, 2_000_000_000L))
			.isEqualTo("[#######-----------------------]  25%  500 lines  250 lines/s  ETA 0:06");
		assertThat(TerminalProgress.render(0, 1000, 0, 0)).endsWith("ETA --:--");
		assertThat(TerminalProgress.clock(3725)).isEqualTo("1:02:05");
	}

	private static RecordSource.Item record(long line) {
		return RecordSource.Item.of(line, Map.of("source", "crm", "sourceId", String.valueOf(line)));
	}

	private static RecordSource.Item event(long line) {
		return RecordSource.Item.of(line, Map.of("eventId", "e-" + line));
	}

	private static IngestResult result(IngestStatus status, String... warnings) {
		return new IngestResult(0, status, "c-1", List.of(warnings), List.of());
	}

	private static IngestResult rejected(ItemError error) {
		return new IngestResult(0, IngestStatus.REJECTED, null, List.of(), List.of(error));
	}

}
