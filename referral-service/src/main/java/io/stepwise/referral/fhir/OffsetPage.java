package io.stepwise.referral.fhir;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page that starts at any match ({@code _offset}), not only at a multiple of its size: FHIR paging links may point
 * anywhere. In: the index of the first match, the page size (at least 1) and the order. Out: what a repository query
 * skips and takes.
 */
record OffsetPage(long offset, int size, Sort sort) implements Pageable {

    OffsetPage {
        if (offset < 0 || size < 1) {
            throw new IllegalArgumentException("offset must be 0 or more and size 1 or more; got " + offset + ", "
                    + size);
        }
    }

    @Override
    public int getPageNumber() {
        return Math.toIntExact(offset / size);
    }

    @Override
    public int getPageSize() {
        return size;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetPage(offset + size, size, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return new OffsetPage(Math.max(0, offset - size), size, sort);
    }

    @Override
    public Pageable first() {
        return new OffsetPage(0, size, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPage((long) pageNumber * size, size, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
