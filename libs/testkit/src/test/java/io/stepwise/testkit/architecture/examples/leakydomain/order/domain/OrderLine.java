package io.stepwise.testkit.architecture.examples.leakydomain.order.domain;

import java.math.BigDecimal;

/** Fine: plain Java inside the domain. */
public record OrderLine(String item, int quantity, BigDecimal price) {
}
