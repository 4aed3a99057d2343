package io.stepwise.kit.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A validated page of a list: page number from 0, size from 1 to the endpoint's maximum, an offset that fits an int,
 * and a sort over document paths.
 */
public record PageQuery(int page, int size, Sort sort) {

    public Pageable pageable() {
        return PageRequest.of(page, size, sort);
    }

    /** The first element's position: at most {@link Integer#MAX_VALUE} (checked when parsed). */
    public int offset() {
        return page * size;
    }
}
