package io.stepwise.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ResponseStatusException;

import io.netty.channel.ConnectTimeoutException;
import reactor.netty.http.client.PrematureCloseException;

class ProblemErrorHandlerTest {

    @Test
    void aStatusTheFailureStatesWins() {
        assertThat(ProblemErrorHandler.statusOf(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT)))
                .isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(ProblemErrorHandler.statusOf(new IllegalStateException(new ContentTooLargeException(null))))
                .isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(ProblemErrorHandler.statusOf(new DataBufferLimitException("over"))).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void aServiceThatCannotBeReachedOrIsTooSlowIsNotAnInternalError() {
        assertThat(ProblemErrorHandler.statusOf(new ConnectException("refused"))).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(ProblemErrorHandler.statusOf(new ConnectTimeoutException("slow"))).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(ProblemErrorHandler.statusOf(new TimeoutException("slow"))).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(ProblemErrorHandler.statusOf(PrematureCloseException.TEST_EXCEPTION)).isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(ProblemErrorHandler.statusOf(new IllegalStateException("bug"))).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
