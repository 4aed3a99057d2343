package io.stepwise.testkit.architecture.examples.crossing.lending;

import io.stepwise.testkit.architecture.examples.crossing.shelf.ShelfController;
import io.stepwise.testkit.architecture.examples.crossing.shelf.ShelfDesk;
import io.stepwise.testkit.architecture.examples.crossing.shelf.Shelves;
import io.stepwise.testkit.architecture.examples.crossing.shelf.domain.Book;

/**
 * The lending feature: fine where it uses the shelf's use-case service and domain type, bad where it reaches into
 * the shelf's repository and controller.
 */
public class Lending {

    private final ShelfDesk desk;
    private final Shelves shelves;
    private final ShelfController controller;

    Lending(ShelfDesk desk, Shelves shelves, ShelfController controller) {
        this.desk = desk;
        this.shelves = shelves;
        this.controller = controller;
    }

    public Book lendThroughTheDesk(String id) {
        return desk.get(id);
    }

    public Book lendStraightFromTheShelf(String id) {
        return shelves.findById(id);
    }

    public String askTheController() {
        return controller.ping();
    }
}
