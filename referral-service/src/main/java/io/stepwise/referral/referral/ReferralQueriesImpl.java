package io.stepwise.referral.referral;

import java.util.ArrayList;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

import io.stepwise.referral.referral.domain.Referral;

class ReferralQueriesImpl implements ReferralQueries {

    private final MongoTemplate mongo;

    ReferralQueriesImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<Referral> search(ReferralFilter filter, Pageable page) {
        var criteria = new ArrayList<Criteria>();
        if (filter.status() != null) {
            criteria.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.specialty() != null) {
            criteria.add(Criteria.where("specialty").is(filter.specialty()));
        }
        if (filter.partnerId() != null) {
            criteria.add(Criteria.where("partnerId").is(filter.partnerId()));
        }
        if (filter.patientId() != null) {
            criteria.add(Criteria.where("patientId").is(filter.patientId()));
        }
        if (filter.updatedSince() != null) {
            criteria.add(Criteria.where("updatedAt").gte(filter.updatedSince()));
        }
        var query = criteria.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(criteria));
        var content = mongo.find(Query.of(query).with(page), Referral.class);
        return PageableExecutionUtils.getPage(content, page,
                () -> mongo.count(Query.of(query).limit(-1).skip(-1), Referral.class));
    }
}
