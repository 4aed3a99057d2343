package io.stepwise.testkit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** An in-memory server speaking the MongoDB wire protocol, one per test JVM, on a free port. */
public final class TestMongo {

    private static MongoServer server;

    private TestMongo() {
    }

    public static synchronized String uri(String database) {
        if (server == null) {
            var backend = new MemoryBackend();
            backend.enableOplog();
            server = new MongoServer(backend);
            server.bind("127.0.0.1", 0);
        }
        var address = server.getLocalAddress();
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }
}
