package io.stepwise.gateway.body;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body the gateway lets through ({@code stepwise.gateway.request-body.max-size}, 1 MB unless
 * set). Every service takes small JSON documents; anything larger is refused before it reaches one.
 */
@ConfigurationProperties("stepwise.gateway.request-body")
public record RequestBodyLimits(DataSize maxSize) {

    public RequestBodyLimits {
        if (maxSize == null) {
            maxSize = DataSize.ofMegabytes(1);
        }
        if (maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("stepwise.gateway.request-body.max-size must be positive");
        }
    }
}
