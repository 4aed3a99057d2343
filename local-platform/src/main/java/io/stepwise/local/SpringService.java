package io.stepwise.local;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One of the Spring Boot services (or the gateway), started from its executable jar. */
final class SpringService implements Component {

    private final PlatformLayout layout;
    private final String module;
    private final int port;
    private final List<String> arguments;

    SpringService(PlatformLayout layout, String module, int port, List<String> arguments) {
        this.layout = layout;
        this.module = module;
        this.port = port;
        this.arguments = arguments;
    }

    @Override
    public String name() {
        return module;
    }

    @Override
    public List<Integer> ports() {
        return List.of(port);
    }

    @Override
    public ChildProcess start() {
        var jar = layout.serviceJar(module);
        if (!Files.isRegularFile(jar)) {
            throw new PlatformException(jar + " is missing: build it with ./mvnw -DskipTests package");
        }
        var command = new ArrayList<>(List.of(PlatformLayout.java(), "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(),
                "--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(arguments);
        return ChildProcess.start(name(), command, Map.of(), layout.home(), layout.log(name()));
    }

    @Override
    public boolean isReady() {
        return Http.answers200("http://127.0.0.1:" + port + "/actuator/health/readiness");
    }
}
