package io.skein.ingest.kafka;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Consumer lag as the gauge {@code skein.kafka.lag} (tags {@code topic}, {@code partition}): how many
 * messages of a partition this instance's consumer has still to take, as the consumer's own fetch metric
 * {@code records-lag} says (the partition's end offset less the consumer's position, as of its last
 * fetch). A gauge is registered for each partition assigned to this instance; it reads NaN while the
 * partition is not assigned here.
 */
class ConsumerLag implements ConsumerRebalanceListener {

	static final String METER = "skein.kafka.lag";

	private final MeterRegistry meters;

	private volatile Supplier<MessageListenerContainer> container = () -> null;

	ConsumerLag(MeterRegistry meters) {
		this.meters = meters;
	}

	void of(Supplier<MessageListenerContainer> container) {
		this.container = container;
	}

	@Override
	public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
		for (TopicPartition partition : partitions) {
			String number = String.valueOf(partition.partition());
			if (this.meters.find(METER).tags("topic", partition.topic(), "partition", number).gauge() != null) {
				continue;
			}
			Gauge.builder(METER, () -> lag(partition))
				.tags("topic", partition.topic(), "partition", number)
				.description("Messages of the partition not yet consumed by this instance")
				.register(this.meters);
		}
	}

	@Override
	public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
		// the gauges stay and read NaN: the partition may come back at the next rebalance
	}

	/** The consumer's {@code records-lag} for the partition, or NaN when no consumer here reports it. */
	double lag(TopicPartition partition) {
		MessageListenerContainer running = this.container.get();
		if (running == null || !running.isRunning()) {
			return Double.NaN;
		}
		for (Map<MetricName, ? extends Metric> client : running.metrics().values()) {
			for (Map.Entry<MetricName, ? extends Metric> metric : client.entrySet()) {
				MetricName name = metric.getKey();
				if (name.name().equals("records-lag") && name.group().equals("consumer-fetch-manager-metrics")
						&& String.valueOf(partition.partition()).equals(name.tags().get("partition"))
						&& sameTopic(partition.topic(), name.tags().get("topic"))) {
					Object value = metric.getValue().metricValue();
					return value instanceof Number number ? number.doubleValue() : Double.NaN;
				}
			}
		}
		return Double.NaN;
	}

	/** Older clients tagged topics with dots replaced by underscores. */
	private static boolean sameTopic(String topic, String tag) {
		return tag != null && (tag.equals(topic) || tag.equals(topic.replace('.', '_')));
	}

}
