package io.skein.changefeed;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;

import io.skein.orchestration.StoreLease;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The publisher exists only when both {@code skein.kafka.changes.topic} and {@code skein.kafka.bootstrap-servers}
 * are set; the scheduler always (it purges old events either way).
 */
@Configuration(proxyBeanMethods = false)
class ChangeFeedConfiguration {

	@Bean
	@ConditionalOnProperty(name = { "skein.kafka.changes.topic", "skein.kafka.bootstrap-servers" })
	ChangeFeedPublisher changeFeedPublisher(ChangeFeedStore store, StoreLease lease, ChangeFeedProperties settings,
			@Value("${skein.kafka.bootstrap-servers}") String bootstrapServers) {
		// pid@host and a random suffix: two instances (or two starts) never share a lease owner
		String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
		return new ChangeFeedPublisher(store, lease, settings, bootstrapServers, owner);
	}

	@Bean
	ChangeFeedScheduler changeFeedScheduler(ObjectProvider<ChangeFeedPublisher> publisher, ChangeFeedStore store,
			ChangeFeedProperties settings, Clock clock) {
		return new ChangeFeedScheduler(publisher.getIfAvailable(), store, settings, clock);
	}

}
