package io.stepwise.plan.catalogreplica;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.events.catalog.InteractionRuleSetPayload;
import io.stepwise.events.catalog.TreatmentPayload;
import io.stepwise.events.cloudevents.CloudEventRecords;
import io.stepwise.events.cloudevents.ReceivedEvent;
import io.stepwise.kit.consumer.EventPayloads;
import io.stepwise.kit.consumer.PoisonPayloadException;
import io.stepwise.kit.consumer.SequenceGuard;
import io.stepwise.plan.catalogreplica.domain.ReplicatedRuleSet;
import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment;

/**
 * Builds plan-service's catalog replica from the catalog's compacted topics only. Each event carries the whole
 * treatment (or rule set), so applying the newest sequence is all it takes; repeats and stragglers are ignored.
 * Payloads are typed by {@link CatalogPayloadMapping} before they are stored; one it cannot type is a poison record.
 * When the replica is empty (a new or wiped database) it reads the topics from the beginning.
 */
@Component
class CatalogReplicaListener implements ConsumerSeekAware {

    static final String GROUP = "plan-service.catalog-replica";
    private static final Logger log = LoggerFactory.getLogger(CatalogReplicaListener.class);

    private final SequenceGuard guard;
    private final EventPayloads payloads;
    private final MongoTemplate mongo;

    CatalogReplicaListener(SequenceGuard guard, EventPayloads payloads, MongoTemplate mongo) {
        this.guard = guard;
        this.payloads = payloads;
        this.mongo = mongo;
    }

    @KafkaListener(id = GROUP, groupId = GROUP, topics = {Topics.CATALOG_TREATMENTS, Topics.CATALOG_INTERACTION_RULES})
    void onEvent(ConsumerRecord<String, byte[]> record) {
        var event = CloudEventRecords.fromRecord(record);
        switch (event.type()) {
            case EventTypes.TREATMENT_PUBLISHED, EventTypes.TREATMENT_REVISED, EventTypes.TREATMENT_RETIRED -> {
                var payload = payloads.read(event, TreatmentPayload.class);
                requireAbout(event, payload.treatmentId());
                var treatment = CatalogPayloadMapping.treatment(event, payload);
                store(ReplicatedTreatment.COLLECTION, treatment.id(), treatment.sequence(), treatment);
            }
            case EventTypes.INTERACTION_RULES_CHANGED -> {
                var payload = payloads.read(event, InteractionRuleSetPayload.class);
                requireAbout(event, payload.ruleSetId());
                var ruleSet = CatalogPayloadMapping.ruleSet(event, payload);
                store(ReplicatedRuleSet.COLLECTION, ruleSet.id(), ruleSet.sequence(), ruleSet);
            }
            default -> log.debug("Ignoring {} {}", event.type(), event.id());
        }
    }

    /** The payload, the CloudEvent subject and the Kafka key must name the same aggregate. */
    private static void requireAbout(ReceivedEvent event, String payloadId) {
        if (payloadId == null || !payloadId.equals(event.subject()) || !payloadId.equals(event.key())) {
            throw new PoisonPayloadException(event, new IllegalArgumentException("payload id " + payloadId
                    + " does not match subject " + event.subject() + " and key " + event.key()));
        }
    }

    /** Writes the typed replica value as its document, unless the replica already has this sequence or a newer one. */
    private void store(String collection, String id, long sequence, Object replica) {
        var state = new Document();
        mongo.getConverter().write(replica, state);
        state.remove("_class");
        if (!guard.storeIfNewer(collection, id, sequence, state)) {
            log.debug("Replica of {} already has sequence {} or newer", id, sequence);
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        rebuildIfEmpty(assignments, Topics.CATALOG_TREATMENTS, ReplicatedTreatment.COLLECTION, callback);
        rebuildIfEmpty(assignments, Topics.CATALOG_INTERACTION_RULES, ReplicatedRuleSet.COLLECTION, callback);
    }

    private void rebuildIfEmpty(Map<TopicPartition, Long> assignments, String topic, String collection,
            ConsumerSeekCallback callback) {
        var partitions = assignments.keySet().stream().filter(partition -> partition.topic().equals(topic)).toList();
        if (!partitions.isEmpty() && mongo.estimatedCount(collection) == 0) {
            log.info("Replica {} is empty: rebuilding it from the beginning of {}", collection, partitions);
            callback.seekToBeginning(partitions);
        }
    }
}
