package io.skein.journey;

import java.time.OffsetDateTime;
import java.util.List;

import io.skein.graphql.Connection;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The Query fields of {@code journey.graphqls}: drop-offs, funnels and the standard funnel templates. */
@Controller
class JourneyController {

	private final DropOffService dropOffs;

	private final FunnelService funnels;

	JourneyController(DropOffService dropOffs, FunnelService funnels) {
		this.dropOffs = dropOffs;
		this.funnels = funnels;
	}

	@QueryMapping
	Connection<DropOffView> dropOffs(@Argument DropOffKind kind, @Argument OffsetDateTime since, @Argument Integer first,
			@Argument String after) {
		return this.dropOffs.page(kind, since == null ? null : since.toInstant(), first, after);
	}

	@QueryMapping
	FunnelResult funnel(@Argument List<FunnelStep> steps, @Argument FunnelTemplate template, @Argument String window,
			@Argument FunnelBreakdown breakdown, @Argument OffsetDateTime from, @Argument OffsetDateTime to) {
		return this.funnels.funnel(steps, template, window, breakdown, from == null ? null : from.toInstant(),
				to == null ? null : to.toInstant());
	}

	@QueryMapping
	List<JourneyDefinitions.Template> funnelTemplates() {
		return this.funnels.templates();
	}

}
