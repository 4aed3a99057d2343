package io.stepwise.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

class PortalContentSecurityPolicyTest {

    private static final URI ISSUER = URI.create("http://localhost:8180/realms/stepwise");
    private static final String MAP = "\n  {\"imports\": {\"lit\": \"/webjars/lit/3.3.2/index.js\"}}\n  ";

    @TempDir
    Path dir;

    @Test
    void allowsTheImportMapByTheHashOfItsExactTextAndNoOtherInlineScript() throws Exception {
        Path site = page("site", MAP);
        String policy = PortalContentSecurityPolicy.of(new DefaultResourceLoader(), List.of(site.toUri().toString()),
                ISSUER);

        String expected = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(MAP.getBytes(StandardCharsets.UTF_8)));
        assertThat(policy).contains("script-src 'self' 'sha256-" + expected + "'")
                .doesNotContain("unsafe-eval").doesNotContain("unsafe-inline")
                .contains("object-src 'none'").contains("frame-ancestors 'none'").contains("base-uri 'none'")
                .contains("form-action 'self' http://localhost:8180");
    }

    @Test
    void theFirstLocationHoldingTheIndexWinsAsItDoesForTheResourceHandler() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path first = page("first", "{\"imports\":{}}");
        Path second = page("second", "{\"imports\":{\"x\":\"/y.js\"}}");
        String policy = PortalContentSecurityPolicy.of(new DefaultResourceLoader(), List.of(empty.toUri().toString(),
                first.toUri().toString(), second.toUri().toString()), ISSUER);

        assertThat(policy).contains(PortalContentSecurityPolicy.sha256("{\"imports\":{}}"))
                .doesNotContain(PortalContentSecurityPolicy.sha256("{\"imports\":{\"x\":\"/y.js\"}}"));
    }

    @Test
    void windowsLineEndingsAreHashedAsTheBrowserParsesThem() {
        String unix = PortalContentSecurityPolicy.importMapOf("<script type=\"importmap\">\n{\"imports\": {}}\n</script>");
        String windows = PortalContentSecurityPolicy.importMapOf(
                "<script type=\"importmap\">\r\n{\"imports\": {}}\r\n</script>");
        String oldMac = PortalContentSecurityPolicy.importMapOf("<script type=\"importmap\">\r{\"imports\": {}}\r</script>");
        assertThat(windows).isEqualTo(unix);
        assertThat(oldMac).isEqualTo(unix);
    }

    @Test
    void aPortalWithoutAnIndexOrAnImportMapStopsTheStart() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("nothing"));
        assertThatThrownBy(() -> PortalContentSecurityPolicy.of(new DefaultResourceLoader(),
                List.of(empty.toUri().toString()), ISSUER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PortalContentSecurityPolicy.importMapOf("<html><script>x()</script></html>"))
                .isInstanceOf(IllegalStateException.class);
    }

    private Path page(String name, String importMap) throws IOException {
        Path site = Files.createDirectories(dir.resolve(name));
        Files.writeString(site.resolve("index.html"), "<!doctype html><head><script type=\"importmap\">" + importMap
                + "</script></head>");
        return site;
    }
}
