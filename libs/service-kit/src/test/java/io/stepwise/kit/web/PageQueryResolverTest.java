package io.stepwise.kit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.data.domain.Sort;

import io.stepwise.kit.problem.FieldProblem;
import io.stepwise.kit.problem.ProblemException;

/** page, size and sort read strictly, against an endpoint sorting by name (details.name) and status. */
class PageQueryResolverTest {

    private static PageParams params() {
        try {
            return PageQueryResolverTest.class.getDeclaredMethod("endpoint", PageQuery.class).getParameters()[0]
                    .getAnnotation(PageParams.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unused")
    private static void endpoint(@PageParams(sort = {"name=details.name", "status=status"}, defaultSort = "name",
            defaultSize = 20, maxSize = 100) PageQuery query) {
    }

    private static PageQuery parse(String page, String size, String... sort) {
        return PageQueryResolver.parse(params(), page == null ? null : new String[] {page},
                size == null ? null : new String[] {size}, sort.length == 0 ? null : sort);
    }

    @Test
    void defaultsAreTheFirstPageTheDefaultSizeAndTheDefaultSort() {
        var query = parse(null, null);
        assertThat(query.page()).isZero();
        assertThat(query.size()).isEqualTo(20);
        assertThat(query.sort()).isEqualTo(Sort.by(Sort.Order.asc("details.name")));
    }

    @ParameterizedTest(name = "sort={0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            name         | details.name: ASC
            name,desc    | details.name: DESC
            name,DESC    | details.name: DESC
            status,asc   | status: ASC
            """)
    void sortKeysAreTheApisNamesMappedToDocumentPaths(String sort, String expected) {
        assertThat(parse(null, null, sort).sort().toString()).isEqualTo(expected);
    }

    @Test
    void severalKeysSortInTheOrderGiven() {
        assertThat(parse(null, null, "status", "name,desc").sort())
                .isEqualTo(Sort.by(Sort.Order.asc("status"), Sort.Order.desc("details.name")));
    }

    @ParameterizedTest(name = "page={0} size={1} sort={2} → 400 naming {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            abc        | -    | -              | page
            -1         | -    | -              | page
            1e3        | -    | -              | page
            -          | 0    | -              | size
            -          | -5   | -              | size
            -          | 101  | -              | size
            -          | abc  | -              | size
            2147483647 | 2    | -              | page
            21474837   | 100  | -              | page
            -          | -    | nosuch         | sort
            -          | -    | outbox         | sort
            -          | -    | details.name   | sort
            -          | -    | name,sideways  | sort
            -          | -    | name,asc,desc  | sort
            """)
    void anythingElseIsRefusedNamingTheParameter(String page, String size, String sort, String parameter) {
        String[] sorts = sort == null ? new String[0] : new String[] {sort};
        assertThatThrownBy(() -> parse(page, size, sorts))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.getStatusCode().value()).isEqualTo(400);
                    var errors = (java.util.List<?>) problem.getBody().getProperties().get("errors");
                    assertThat(((FieldProblem) errors.getFirst()).field()).isEqualTo(parameter);
                });
    }

    @Test
    void theLargestOffsetThatFitsIsAllowed() {
        assertThat(parse("21474836", "100").offset()).isEqualTo(2_147_483_600);
    }

    @Test
    void anUnknownKeyListsTheAllowedOnesAndAKeyGivenTwiceIsRefused() {
        assertThatThrownBy(() -> parse(null, null, "nosuch")).hasMessageContaining("name, status");
        assertThatThrownBy(() -> parse(null, null, "name", "name,desc")).hasMessageContaining("more than once");
    }

    @Test
    void aPageGivenTwiceIsRefused() {
        assertThatThrownBy(() -> PageQueryResolver.parse(params(), new String[] {"1", "2"}, null, null))
                .hasMessageContaining("more than once");
    }

    @Test
    void aPageOfAListInMemoryKeepsTheTrueTotalAndIsEmptyPastTheEnd() {
        var numbers = java.util.List.of(1, 2, 3, 4, 5);
        var second = parse("1", "2").of(numbers);
        assertThat(second.getContent()).containsExactly(3, 4);
        assertThat(second.getTotalElements()).isEqualTo(5);
        var beyond = parse("1000", "2").of(numbers);
        assertThat(beyond.getContent()).isEmpty();
        assertThat(beyond.getTotalElements()).isEqualTo(5);
    }
}
