package io.stepwise.referral.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;

import io.stepwise.referral.webhook.domain.DeliveryStatus;
import io.stepwise.referral.webhook.domain.WebhookDelivery;

class WebhookDeliveryQueriesImpl implements WebhookDeliveryQueries {

    private final MongoTemplate mongo;

    WebhookDeliveryQueriesImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<WebhookDelivery> claimDue(Instant now, Duration lease) {
        var due = Query.query(Criteria.where("status").is(DeliveryStatus.PENDING).and("nextAttemptAt").lte(now))
                .with(Sort.by("nextAttemptAt"));
        var claim = new Update().set("nextAttemptAt", now.plus(lease)).inc("revision", 1);
        return Optional.ofNullable(mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true),
                WebhookDelivery.class));
    }

    @Override
    public Page<WebhookDelivery> search(String partnerId, DeliveryStatus status, Pageable page) {
        var criteria = Criteria.where("partnerId").is(partnerId);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        var query = Query.query(criteria);
        var content = mongo.find(Query.of(query).with(page), WebhookDelivery.class);
        return PageableExecutionUtils.getPage(content, page,
                () -> mongo.count(Query.of(query).limit(-1).skip(-1), WebhookDelivery.class));
    }
}
