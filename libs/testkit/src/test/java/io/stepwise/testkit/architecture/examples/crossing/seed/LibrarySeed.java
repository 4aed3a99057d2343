package io.stepwise.testkit.architecture.examples.crossing.seed;

import io.stepwise.testkit.architecture.examples.crossing.shelf.Shelves;

/** Bad: a seed is a feature too, and seeds through the shelf's repository instead of its use-case service. */
public class LibrarySeed {

    private final Shelves shelves;

    LibrarySeed(Shelves shelves) {
        this.shelves = shelves;
    }

    public boolean seeded() {
        return shelves.findById("first") != null;
    }
}
