package io.stepwise.kit.auditprobe;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.Audited;
import io.stepwise.kit.security.EndpointRules;

/** A service that forgot to declare the audit of one patient-data handler. */
@SpringBootApplication
public class UnauditedApplication {

    @Bean
    EndpointRules rules() {
        return requests -> requests.requestMatchers("/api/patients/**").hasRole("clinician");
    }

    @RestController
    static class PatientController {

        @GetMapping("/api/patients/{id}")
        @Audited(action = AuditAction.READ, resource = "patient")
        String read(@PathVariable String id) {
            return id;
        }

        @GetMapping("/api/patients/{id}/notes")
        String forgotten(@PathVariable String id) {
            return id;
        }
    }
}
