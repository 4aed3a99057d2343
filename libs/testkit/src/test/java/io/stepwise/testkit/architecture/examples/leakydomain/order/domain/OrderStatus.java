package io.stepwise.testkit.architecture.examples.leakydomain.order.domain;

import org.springframework.stereotype.Service;

/** Bad: a Spring bean stereotype on a domain type. */
@Service
public class OrderStatus {
}
