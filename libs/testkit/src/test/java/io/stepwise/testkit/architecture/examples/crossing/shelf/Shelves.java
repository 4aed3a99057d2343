package io.stepwise.testkit.architecture.examples.crossing.shelf;

import org.springframework.data.repository.Repository;

import io.stepwise.testkit.architecture.examples.crossing.shelf.domain.Book;

/** The shelf feature's repository: for the shelf feature only. */
public interface Shelves extends Repository<Book, String> {

    Book findById(String id);
}
