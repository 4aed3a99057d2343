package io.stepwise.referral.webhook;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

import io.stepwise.referral.webhook.domain.WebhookDelivery;

interface WebhookDeliveries extends MongoRepository<WebhookDelivery, String>, WebhookDeliveryQueries {

    Optional<WebhookDelivery> findByIdAndPartnerId(String id, String partnerId);
}
