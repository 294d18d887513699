package io.skein.orchestration;

import java.time.OffsetDateTime;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code journeyReport}: entries, messages, conversions and uplift over the control group. */
@Controller
class JourneyReportController {

	private final JourneyReports reports;

	JourneyReportController(JourneyReports reports) {
		this.reports = reports;
	}

	@QueryMapping
	JourneyReport journeyReport(@Argument String key, @Argument OffsetDateTime from, @Argument OffsetDateTime to) {
		return this.reports.report(key, from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
	}

}
