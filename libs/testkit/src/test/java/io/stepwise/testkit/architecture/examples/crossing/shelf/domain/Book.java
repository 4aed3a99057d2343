package io.stepwise.testkit.architecture.examples.crossing.shelf.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The shelf feature's aggregate; other features may use it. */
@Document("books")
public record Book(@Id String id, String title) {
}
