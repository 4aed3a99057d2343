package io.stepwise.local;

import java.util.List;
import java.util.Map;

/** The Mongo-wire server as a child JVM; its H2 file survives restarts. */
final class MongoComponent implements Component {

    static final int PORT = 27017;

    private final PlatformLayout layout;

    MongoComponent(PlatformLayout layout) {
        this.layout = layout;
    }

    @Override
    public String name() {
        return "mongo";
    }

    @Override
    public List<Integer> ports() {
        return List.of(PORT);
    }

    @Override
    public ChildProcess start() {
        return ChildProcess.start(name(), List.of(PlatformLayout.java(), "-Xmx384m", "-XX:+UseSerialGC", "-cp",
                        layout.launcherClassPath(), MongoWireServer.class.getName(), String.valueOf(PORT),
                        layout.mongoFile().toString()),
                Map.of(), layout.home(), layout.log(name()));
    }

    @Override
    public boolean isReady() {
        return Ports.isListening(PORT);
    }
}
