package io.stepwise.kit.consumer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many partitions and replicas the topics a service declares get: 3 and 1 on one machine; a cluster sets
 * {@code stepwise.kafka.replicas} to its broker count (up to 3).
 */
@ConfigurationProperties("stepwise.kafka")
public record TopicSettings(Integer partitions, Short replicas) {

    public TopicSettings {
        partitions = partitions == null ? 3 : partitions;
        replicas = replicas == null ? 1 : replicas;
    }
}
