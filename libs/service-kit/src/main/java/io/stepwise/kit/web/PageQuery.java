package io.stepwise.kit.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

    /** This page of a list held in memory, with the list's size as the total; past the end it is empty. */
    public <T> Page<T> of(List<T> all) {
        int from = Math.min(offset(), all.size());
        int to = Math.min(from + size, all.size());
        return new PageImpl<>(all.subList(from, to), pageable(), all.size());
    }

    /** The first element's position: at most {@link Integer#MAX_VALUE} (checked when parsed). */
    public int offset() {
        return page * size;
    }
}
