package io.stepwise.catalog.treatment;

import io.stepwise.catalog.treatment.domain.Treatment;
import java.util.ArrayList;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * Search by case-insensitive substring: the Mongo-wire server has no {@code $text}, and a clinic's catalog is small
 * enough (tens to hundreds of entries) that a regular-expression scan is fast.
 */
class TreatmentSearchImpl implements TreatmentSearch {

    private final MongoTemplate mongo;

    TreatmentSearchImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<Treatment> search(TreatmentFilter filter, Pageable page) {
        var criteria = new ArrayList<Criteria>();
        if (filter.category() != null) {
            criteria.add(Criteria.where("details.category").is(filter.category()));
        }
        if (filter.kind() != null && !filter.kind().isBlank()) {
            criteria.add(Criteria.where("details.kind").is(filter.kind()));
        }
        if (filter.status() != null) {
            criteria.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            var anywhere = Pattern.compile(Pattern.quote(filter.text().strip()), Pattern.CASE_INSENSITIVE);
            criteria.add(new Criteria().orOperator(Criteria.where("details.name").regex(anywhere),
                    Criteria.where("details.kind").regex(anywhere), Criteria.where("details.description").regex(anywhere)));
        }
        var query = criteria.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(criteria));
        var content = mongo.find(Query.of(query).with(page), Treatment.class);
        return PageableExecutionUtils.getPage(content, page, () -> mongo.count(query, Treatment.class));
    }
}
