package io.stepwise.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformPortsTest {

    @Test
    void aTakenPortStopsTheStartWithOneLineNamingThePortAndItsComponent(@TempDir Path home) throws IOException {
        var output = new ByteArrayOutputStream();
        try (var squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress("127.0.0.1", 8082));
            var platform = new Platform(new PlatformLayout(home, home.resolve("data")), new PrintStream(output));

            assertThatThrownBy(platform::start)
                    .isInstanceOf(PlatformException.class)
                    .hasMessageStartingWith("Port 8082 is already in use, and plan-service needs it.")
                    .hasMessageNotContaining("\n");
        }
        assertThat(output.toString()).as("nothing was started").doesNotContain("starting");
        assertThat(Files.exists(home.resolve("data"))).isFalse();
    }
}
