package io.stepwise.local;

import java.util.List;

/** One part of the platform that runs as a child process. */
public interface Component {

    String name();

    /** The ports it binds; all must be free before anything starts. */
    List<Integer> ports();

    ChildProcess start();

    /** True once it serves requests. */
    boolean isReady();

    /** Runs once, right after {@link #isReady()} first answered true and before the component is reported ready. */
    default void whenReady() {
    }
}
