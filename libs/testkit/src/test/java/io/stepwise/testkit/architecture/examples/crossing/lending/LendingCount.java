package io.stepwise.testkit.architecture.examples.crossing.lending;

import io.stepwise.testkit.architecture.examples.crossing.shelf.ShelfSupport;

/** Bad: reaches a type the shelf feature does not make public (a protected nested class, through inheritance). */
public class LendingCount extends ShelfSupport {

    public int count() {
        Catalogue catalogue = new Catalogue();
        return catalogue.size();
    }
}
