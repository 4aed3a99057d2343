package io.stepwise.testkit.architecture.examples.leakydomain.order;

import org.springframework.data.mongodb.core.mapping.Document;

/** Bad: a persistent document outside the domain packages. */
@Document("order_snapshots")
public record OrderSnapshot(String id, String summary) {
}
