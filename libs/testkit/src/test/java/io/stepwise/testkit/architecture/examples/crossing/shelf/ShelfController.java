package io.stepwise.testkit.architecture.examples.crossing.shelf;

import org.springframework.web.bind.annotation.RestController;

/** The shelf feature's controller: for HTTP clients, not for other features. */
@RestController
public class ShelfController {

    public String ping() {
        return "shelf";
    }
}
