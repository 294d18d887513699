package io.skein.ingest.csv;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.skein.ingest.RecordInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MappedCsvReaderTest {

	// made-up rows in the Febrl layout: a space after each comma, leading zeros, one bad date
	private static final String FEBRL_LIKE = """
			rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id
			rec-7-org, ann, lee, 12, oak street, , hilltop, 0812, nt, 19800307, 0123456
			rec-7-dup-0, anne, lee, , oak st, , hilltop, 0812, nt, 19801307, 0123465
			""";

	private static List<MappedRow> read(CsvMapping mapping, String text) {
		List<MappedRow> rows = new ArrayList<>();
		try (MappedCsvReader reader = MappedCsvReader.open(mapping, new StringReader(text))) {
			reader.forEach(rows::add);
		}
		return rows;
	}

	@Test
	void readsTheFebrlMapping() {
		List<MappedRow> rows = read(CsvMapping.named("febrl"), FEBRL_LIKE);

		assertThat(rows).hasSize(2);
		RecordInput first = rows.get(0).record();
		assertThat(first.source()).isEqualTo("febrl");
		assertThat(first.sourceId()).isEqualTo("rec-7-org");
		assertThat(first.firstName()).isEqualTo("ann");
		assertThat(first.address().line1()).isEqualTo("12 oak street");
		assertThat(first.address().line2()).isNull();
		assertThat(first.address().postcode()).isEqualTo("0812");
		assertThat(first.nationalId()).isEqualTo("0123456");
		assertThat(first.dateOfBirth()).isEqualTo("1980-03-07");
		assertThat(rows.get(0).trueEntity()).isEqualTo("7");
		assertThat(rows.get(0).lineNumber()).isEqualTo(2);
		// no street number: the join skips the blank column; an impossible date is kept as received
		assertThat(rows.get(1).record().address().line1()).isEqualTo("oak st");
		assertThat(rows.get(1).record().dateOfBirth()).isEqualTo("19801307");
		assertThat(rows.get(1).trueEntity()).isEqualTo("7");
		assertThat(rows.get(1).lineNumber()).isEqualTo(3);
	}

	@Test
	void readsTheSplinkMappingWithLineNumbersAcrossQuotedNewlines() {
		String text = "unique_id,first_name,surname,dob,city,email,cluster\n"
				+ "0,Ann,\"Lee\nSmith\",1980-03-07,,ann@example.com,0\n" + "1,Bo,Kim,1990-01-02,Leeds,,1\n";

		List<MappedRow> rows = read(CsvMapping.named("splink_fake_1000"), text);

		assertThat(rows).extracting(MappedRow::lineNumber).containsExactly(2L, 4L);
		assertThat(rows.get(0).record().email()).isEqualTo("ann@example.com");
		assertThat(rows.get(0).record().address()).isNull();
		assertThat(rows.get(1).record().address().city()).isEqualTo("Leeds");
		assertThat(rows.get(1).trueEntity()).isEqualTo("1");
	}

	@Test
	void unknownTargetFieldsAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CsvMapping("s", "id",
				java.util.Map.of("address.planet", List.of("x")), null, null, null));
	}

	@Test
	void attributesCollectUnmappedFields() {
		CsvMapping mapping = new CsvMapping("crm", "id",
				java.util.Map.of("attributes.segment", List.of("seg"), "lastName", List.of("name")), null, null, null);
		RecordInput record = read(mapping, "id,name,seg\n42,Lee,gold\n").get(0).record();
		assertThat(record.attributes()).containsEntry("segment", "gold");
		assertThat(record.lastName()).isEqualTo("Lee");
	}

}
