package io.stepwise.testkit.architecture.examples.crossing.shelf;

/** A public base class with a type it keeps to itself and its subclasses. */
public class ShelfSupport {

    protected static final class Catalogue {

        public Catalogue() {
        }

        public int size() {
            return 0;
        }
    }
}
