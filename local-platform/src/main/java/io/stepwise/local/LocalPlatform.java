package io.stepwise.local;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** {@code ./run-local.sh}: starts the platform from the checkout, prints where to go, and stops it all on Ctrl-C. */
public final class LocalPlatform {

    private LocalPlatform() {
    }

    public static void main(String[] args) throws InterruptedException {
        var layout = PlatformLayout.local(Path.of("").toAbsolutePath());
        var platform = new Platform(layout, System.out);
        var stopped = new CountDownLatch(1);
        // Registered before anything starts, so Ctrl-C during start-up also leaves no process behind.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Stepwise…");
            platform.close();
            stopped.countDown();
        }, "stepwise-shutdown"));
        try {
            platform.start();
        } catch (PlatformException e) {
            System.err.println("Stepwise did not start: " + e.getMessage());
            System.exit(1);
        }
        System.out.println(Welcome.text(layout));
        stopped.await();
    }
}
