package io.stepwise.kit.ids;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/** Time-ordered UUIDs (RFC 9562 version 7): ids that sort by creation time, so indexes stay compact. */
public final class UuidV7 {

    private static final SecureRandom RANDOM = new SecureRandom();

    private UuidV7() {
    }

    public static String next() {
        return next(Clock.systemUTC()).toString();
    }

    static UUID next(Clock clock) {
        long millis = clock.millis();
        long randomA = RANDOM.nextInt(1 << 12);
        long randomB = RANDOM.nextLong();
        long high = (millis << 16) | (0x7L << 12) | randomA;
        long low = (randomB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
