package io.stepwise.kit.probe;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.stepwise.kit.security.EndpointRules;

/** A minimal service built on the kit, the way catalog, plan and referral services are. */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
public class ProbeApplication {

    @Bean
    EndpointRules probeRules() {
        return requests -> requests.requestMatchers("/api/probe/**").hasRole("clinician");
    }

    @RestController
    static class ProbeController {

        @GetMapping(path = "/api/probe/hello", produces = MediaType.APPLICATION_JSON_VALUE)
        Greeting hello() {
            return new Greeting("hello");
        }

        @PostMapping(path = "/api/probe/echo", consumes = MediaType.APPLICATION_JSON_VALUE)
        Greeting echo(@RequestBody Greeting greeting) {
            return greeting;
        }

        @GetMapping("/api/probe/status/{code}")
        Greeting failWith(@PathVariable int code) {
            throw new ResponseStatusException(HttpStatusCode.valueOf(code), "Refused with " + code);
        }

        @GetMapping("/api/probe/boom")
        Greeting boom() {
            throw new IllegalStateException("secret internal detail");
        }
    }

    record Greeting(String text) {
    }
}
