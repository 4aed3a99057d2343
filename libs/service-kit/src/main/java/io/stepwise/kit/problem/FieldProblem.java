package io.stepwise.kit.problem;

/** One invalid field or parameter, named as the caller sent it, and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
