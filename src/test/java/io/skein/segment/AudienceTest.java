package io.skein.segment;

import java.util.List;
import java.util.Map;

import io.skein.graphql.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Audiences: personas combined with and / or / not, kept current as personas change. */
class AudienceTest extends SegmentTestSupport {

	@Autowired
	SegmentService segments;

	@Autowired
	AttributeCatalogue attributes;

	@Test
	void audiencesFollowTheAlgebraOfTheirPersonas() {
		this.attributes.define("IsGlobetrotter", io.skein.segment.rule.ValueType.BOOLEAN);
		this.attributes.define("riskProfile", io.skein.segment.rule.ValueType.STRING);
		String traveller = persona("Travellers", Map.of("attribute", Map.of("name", "IsGlobetrotter", "op", "EQ", "value", true)));
		String cautious = persona("Cautious", Map.of("attribute", Map.of("name", "riskProfile", "op", "EQ", "value", "low")));
		String both = customer("both", true, "low");
		String onlyTraveller = customer("traveller", true, "high");
		String onlyCautious = customer("cautious", false, "low");
		String neither = customer("neither", false, "high");

		assertThat(audience("And", Map.of("and", List.of(p(traveller), p(cautious))))).containsExactlyInAnyOrder(both);
		assertThat(audience("Or", Map.of("or", List.of(p(traveller), p(cautious)))))
			.containsExactlyInAnyOrder(both, onlyTraveller, onlyCautious);
		assertThat(audience("AndNot", Map.of("and", List.of(p(traveller), Map.of("not", p(cautious))))))
			.containsExactlyInAnyOrder(onlyTraveller);
		assertThat(audience("Not", Map.of("not", p(traveller)))).containsExactlyInAnyOrder(onlyCautious, neither);

		record("crm", "neither", Map.of("firstName", "neither", "email", "neither@example.in",
				"attributes", Map.of("IsGlobetrotter", true, "riskProfile", "low")));
		assertThat(members("aud-and")).as("a persona change moves the audience at once").containsExactlyInAnyOrder(both, neither);
		assertThat(members("aud-not")).containsExactlyInAnyOrder(onlyCautious);
	}

	@Test
	void onlyPersonasMayBeCombined() {
		this.attributes.define("IsGlobetrotter", io.skein.segment.rule.ValueType.BOOLEAN);
		String plain = this.segments.create(Map.of("name", "Plain", "rule",
				Map.of("attribute", Map.of("name", "IsGlobetrotter", "op", "EXISTS")))).id();
		assertThatThrownBy(() -> this.segments.createAudience(Map.of("name", "Bad", "expression",
				Map.of("or", List.of(Map.of("persona", plain))))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.field()).isEqualTo("input.expression.or[0].persona"));
	}

	private String persona(String name, Map<String, Object> rule) {
		return this.segments.create(Map.of("name", name, "persona", true, "rule", rule)).id();
	}

	private String customer(String name, boolean globetrotter, String risk) {
		return record("crm", name, Map.of("firstName", name, "email", name + "@example.in",
				"attributes", Map.of("IsGlobetrotter", globetrotter, "riskProfile", risk)));
	}

	private static Map<String, Object> p(String id) {
		return Map.of("persona", id);
	}

	private List<String> audience(String name, Map<String, Object> expression) {
		Segment audience = this.segments.createAudience(Map.of("name", name, "expression", expression));
		assertThat(this.segments.counts(List.of(audience.id())).get(audience.id()))
			.isEqualTo(members(audience.id()).size());
		return members(audience.id());
	}

	private List<String> members(String id) {
		return this.segments.members(id, null, 100).stream().map(SegmentMember::customerId).toList();
	}

}
