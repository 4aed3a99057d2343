package io.stepwise.kit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import io.stepwise.kit.problem.FieldProblem;
import io.stepwise.kit.problem.ProblemException;
import io.stepwise.kit.problem.ProblemType;

/** Reads {@code page}, {@code size} and {@code sort} strictly into a {@link PageQuery}, as its {@link PageParams} say. */
public class PageQueryResolver implements HandlerMethodArgumentResolver {

    private static final PageParams DEFAULTS = defaults();

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PageQuery.class.equals(parameter.getParameterType());
    }

    @Override
    public PageQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        PageParams params = parameter.hasParameterAnnotation(PageParams.class)
                ? parameter.getParameterAnnotation(PageParams.class) : DEFAULTS;
        return parse(params, request.getParameterValues("page"), request.getParameterValues("size"),
                request.getParameterValues("sort"));
    }

    static PageQuery parse(PageParams params, String[] pages, String[] sizes, String[] sorts) {
        int page = integer("page", single("page", pages), 0, 0, Integer.MAX_VALUE);
        int size = integer("size", single("size", sizes), params.defaultSize(), 1, params.maxSize());
        if ((long) page * size > Integer.MAX_VALUE) {
            throw invalid("page", "times size must be at most " + Integer.MAX_VALUE + "; page " + page
                    + " of size " + size + " is beyond any list");
        }
        var keys = sortKeys(params);
        List<String> requested = sorts == null || sorts.length == 0
                ? (params.defaultSort().isBlank() ? List.of() : List.of(params.defaultSort()))
                : List.of(sorts);
        var orders = new ArrayList<Sort.Order>();
        for (String each : requested) {
            Sort.Order order = order(each, keys);
            if (orders.stream().anyMatch(earlier -> earlier.getProperty().equals(order.getProperty()))) {
                throw invalid("sort", "names " + each.split(",")[0].strip() + " more than once");
            }
            orders.add(order);
        }
        return new PageQuery(page, size, Sort.by(orders));
    }

    private static Sort.Order order(String sort, Map<String, String> keys) {
        String[] parts = sort.split(",", -1);
        String key = parts[0].strip();
        if (!keys.containsKey(key) || parts.length > 2) {
            throw invalid("sort", keys.isEmpty() ? "this list cannot be sorted"
                    : "sorts by one of " + String.join(", ", keys.keySet()) + ", optionally followed by ,asc or ,desc; got "
                            + sort);
        }
        String direction = parts.length == 2 ? parts[1].strip().toLowerCase(java.util.Locale.ROOT) : "asc";
        return switch (direction) {
            case "asc" -> Sort.Order.asc(keys.get(key));
            case "desc" -> Sort.Order.desc(keys.get(key));
            default -> throw invalid("sort", "direction must be asc or desc; got " + parts[1]);
        };
    }

    private static Map<String, String> sortKeys(PageParams params) {
        var keys = new LinkedHashMap<String, String>();
        for (String pair : params.sort()) {
            String[] apiAndPath = pair.split("=", 2);
            keys.put(apiAndPath[0], apiAndPath.length == 2 ? apiAndPath[1] : apiAndPath[0]);
        }
        return keys;
    }

    private static String single(String name, String[] values) {
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw invalid(name, "is given more than once");
        }
        return values[0];
    }

    private static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw invalid(name, "must be from " + min + " to " + max + "; got " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(name, "must be a whole number from " + min + " to " + max + "; got " + value);
        }
    }

    private static ProblemException invalid(String name, String message) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter " + name + " " + message,
                List.of(new FieldProblem(name, message)));
    }

    private static PageParams defaults() {
        try {
            return Defaults.class.getDeclaredMethod("list", PageQuery.class).getParameters()[0]
                    .getAnnotation(PageParams.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Carries the annotation's defaults for a {@link PageQuery} parameter declared without one. */
    private static final class Defaults {

        @SuppressWarnings("unused")
        static void list(@PageParams PageQuery query) {
        }
    }
}
