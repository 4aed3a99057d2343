package io.stepwise.testkit.architecture.examples.leakydomain.order.domain;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.http.ResponseEntity;

/** Bad: a domain class that knows the web (it builds an HTTP response). */
@Document("orders")
public record Order(@Id String id, List<OrderLine> lines) {

    public ResponseEntity<Order> asResponse() {
        return ResponseEntity.ok(this);
    }
}
