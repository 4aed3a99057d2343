package io.stepwise.gateway.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestHeadGuardTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "/api/catalog/treatments, true",
            "/api/catalog/treatments/cr%C3%A8me, true",
            "/api/catalog/treatments/%E2%82%AC, true",
            "/api/catalog/treatments/%F0%9F%94%A5, true",
            "/api/catalog/treatments/%C0%AE, false",
            "/api/catalog/treatments/%FF, false",
            "/api/catalog/treatments/%E2%82, false",
            "/api/catalog/treatments/%ED%A0%80, false",
            "/api/catalog/treatments/%, false",
            "/api/catalog/treatments/%4, false",
            "/api/catalog/treatments/%zz, false",
            "/api/catalog/treatments/é, false"})
    void aPathIsPassedOnOnlyWhenItsPercentEncodingIsUtf8(String rawPath, boolean passes) {
        assertThat(RequestHeadGuard.decodesAsUtf8(rawPath)).isEqualTo(passes);
    }
}
