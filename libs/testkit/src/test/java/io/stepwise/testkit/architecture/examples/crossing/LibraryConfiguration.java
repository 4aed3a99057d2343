package io.stepwise.testkit.architecture.examples.crossing;

import io.stepwise.testkit.architecture.examples.crossing.shelf.ShelfController;
import io.stepwise.testkit.architecture.examples.crossing.shelf.ShelfDesk;

/** Bad where configuration (the base package counts as a feature) wires another feature's controller. */
public class LibraryConfiguration {

    public Object shelfController() {
        return new ShelfController();
    }

    public Class<ShelfDesk> desk() {
        return ShelfDesk.class;
    }
}
