package io.stepwise.kit.auditpublishprobe;

import java.util.List;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.Audited;
import io.stepwise.kit.security.EndpointRules;

/** A service with patient data and no aggregate of its own: its only outbox is the audit records'. */
@SpringBootApplication
public class AuditPublishingProbeApplication {

    @Bean
    EndpointRules patientRules() {
        return requests -> requests.requestMatchers("/api/patients/**").hasRole("clinician");
    }

    @RestController
    static class PatientController {

        @GetMapping("/api/patients/{id}")
        @Audited(action = AuditAction.READ, resource = "patient", patientParameter = "id")
        Patient read(@PathVariable String id) {
            return new Patient(id);
        }

        @GetMapping("/api/patients")
        @Audited(action = AuditAction.SEARCH, resource = "patient")
        List<Patient> search() {
            return List.of();
        }
    }

    record Patient(String id) {
    }
}
