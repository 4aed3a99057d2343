package io.stepwise.testkit.architecture.examples.crossing.shelf;

import org.springframework.stereotype.Service;

import io.stepwise.testkit.architecture.examples.crossing.shelf.domain.Book;

/** The shelf feature's use-case service: what other features call. */
@Service
public class ShelfDesk {

    private final Shelves shelves;

    ShelfDesk(Shelves shelves) {
        this.shelves = shelves;
    }

    public Book get(String id) {
        return shelves.findById(id);
    }
}
