package io.skein.ingest.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NdjsonSourceTest {

	@Test
	void numbersLinesAsAnEditorDoesAndSkipsBlankOnes() throws IOException {
		List<RecordSource.Item> items = read("{\"a\":1}\n\n   \n{\"b\":2}\r\n\t\n{\"c\":3}");
		assertThat(items).extracting(RecordSource.Item::lineNumber).containsExactly(1L, 4L, 6L);
		assertThat(items.get(1).json()).containsEntry("b", 2);
		assertThat(items).allMatch(RecordSource.Item::isReadable);
	}

	@Test
	void aLineThatIsNotAJsonObjectIsUnreadableWithItsReason() throws IOException {
		List<RecordSource.Item> items = read(
				"{\"source\":\"crm\",\"sourceId\":\"1\"}\n{\"source\": oops\n[1,2]\n42\nnull\n\"text\"\n{\"ok\":true}\n");
		assertThat(items).extracting(RecordSource.Item::lineNumber).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
		assertThat(items.get(1).isReadable()).isFalse();
		assertThat(items.get(1).problem()).startsWith("not valid JSON").doesNotContain("\n");
		assertThat(items.get(2).problem()).isEqualTo("expected a JSON object, got an array");
		assertThat(items.get(3).problem()).isEqualTo("expected a JSON object, got a number");
		assertThat(items.get(4).problem()).isEqualTo("expected a JSON object, got null");
		assertThat(items.get(5).problem()).isEqualTo("expected a JSON object, got a string");
		assertThat(items.get(6).isReadable()).isTrue();
	}

	@Test
	void aLineWithAnEventIdIsAnEventAndAnyOtherObjectARecord() throws IOException {
		List<RecordSource.Item> items = read("{\"eventId\":\"e-1\",\"type\":\"login\"}\n"
				+ "{\"source\":\"crm\",\"sourceId\":\"1\"}\n{\"type\":\"page_view\"}\n{\"eventId\":null}\nnope");
		assertThat(items).extracting(RecordSource.Item::isEvent).containsExactly(true, false, false, true, false);
	}

	@Test
	void ignoresAByteOrderMarkAndCountsEveryByte() throws IOException {
		byte[] bytes = "\uFEFF{\"a\":\"é\"}\n\n".getBytes(StandardCharsets.UTF_8);
		try (NdjsonSource source = new NdjsonSource(new ByteArrayInputStream(bytes))) {
			RecordSource.Item first = source.next();
			assertThat(first.json()).containsEntry("a", "é");
			assertThat(source.bytesRead()).isEqualTo(bytes.length - 1);
			assertThat(source.next()).isNull();
			assertThat(source.bytesRead()).isEqualTo(bytes.length);
		}
	}

	@Test
	void countsOnlyTheBytesOfTheLinesHandedOutSoFar() throws IOException {
		String first = "{\"name\":\"Zoë 😀\"}\n";
		String rest = "{\"b\":2}\n".repeat(1000);
		byte[] bytes = (first + rest).getBytes(StandardCharsets.UTF_8);
		try (NdjsonSource source = new NdjsonSource(new ByteArrayInputStream(bytes))) {
			source.next();
			assertThat(source.bytesRead()).isEqualTo(first.getBytes(StandardCharsets.UTF_8).length);
			while (source.next() != null) {
				assertThat(source.bytesRead()).isLessThanOrEqualTo(bytes.length);
			}
			assertThat(source.bytesRead()).isEqualTo(bytes.length);
		}
	}

	@Test
	void shortensLongReasonsToOneLine() {
		assertThat(NdjsonSource.oneLine("a\n  b\tc")).isEqualTo("a b c");
		assertThat(NdjsonSource.oneLine("x".repeat(500))).hasSize(NdjsonSource.MAX_REASON).endsWith("...");
	}

	private static List<RecordSource.Item> read(String text) throws IOException {
		List<RecordSource.Item> items = new ArrayList<>();
		try (NdjsonSource source = new NdjsonSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
			RecordSource.Item item;
			while ((item = source.next()) != null) {
				items.add(item);
			}
		}
		return items;
	}

}
