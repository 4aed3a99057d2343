package io.stepwise.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The local stand-in for MongoDB: mongo-java-server speaking the wire protocol, stored in an H2 MVStore file, with the
 * oplog on. Runs as its own process: {@code MongoWireServer <port> <file>}.
 */
public final class MongoWireServer {

    private static final Logger log = LoggerFactory.getLogger(MongoWireServer.class);

    private MongoWireServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        Files.createDirectories(file.getParent());
        var backend = new H2Backend(file.toString());
        backend.enableOplog();
        var server = new MongoServer(backend);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping; flushing {}", file);
            server.shutdown();
            stopped.countDown();
        }));
        server.bind("127.0.0.1", port);
        log.info("Mongo wire protocol on 127.0.0.1:{}, data in {}", port, file);
        stopped.await();
    }
}
