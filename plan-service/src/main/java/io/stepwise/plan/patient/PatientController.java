package io.stepwise.plan.patient;

import java.net.URI;
import java.time.LocalDate;

import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.Audited;
import io.stepwise.kit.problem.FieldProblem;
import io.stepwise.kit.problem.ProblemException;
import io.stepwise.kit.problem.ProblemType;
import io.stepwise.kit.security.Callers;
import io.stepwise.kit.web.IfMatch;
import io.stepwise.kit.web.ETags;
import io.stepwise.kit.web.PageParams;
import io.stepwise.kit.web.PageQuery;
import io.stepwise.kit.web.TextRules;
import io.stepwise.plan.patient.domain.Patient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/patients")
class PatientController {

    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private final PatientRegistry registry;

    PatientController(PatientRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    @Audited(action = AuditAction.CREATE, resource = "patient")
    ResponseEntity<PatientResponse> register(@AuthenticationPrincipal Jwt caller,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated RegistrationRequest request) {
        IfMatch.refuseOnCreate(ifMatch);
        if (request.birthDate().isBefore(EARLIEST_BIRTH_DATE)) {
            throw new ProblemException(ProblemType.INVALID_BODY, "The birth date is not plausible",
                    java.util.List.of(new FieldProblem("birthDate", "must be on or after " + EARLIEST_BIRTH_DATE)));
        }
        Patient patient = registry.register(request.mrn().strip(), request.givenName().strip(),
                request.familyName().strip(), request.birthDate(), Callers.actor(caller));
        return ResponseEntity.created(URI.create("/api/patients/" + patient.id()))
                .eTag(ETags.of(patient.revision())).body(PatientResponse.of(patient));
    }

    @GetMapping
    @Audited(action = AuditAction.SEARCH, resource = "patient")
    PagedModel<PatientResponse> search(@RequestParam(required = false) @Size(max = 100) String q,
            @PageParams(sort = {"familyName=familyName", "givenName=givenName", "mrn=mrn", "birthDate=birthDate"},
                    defaultSort = "familyName") PageQuery page) {
        return new PagedModel<>(registry.search(q, page.pageable()).map(PatientResponse::of));
    }

    @GetMapping("/{id}")
    @Audited(action = AuditAction.READ, resource = "patient", idParameter = "id", patientParameter = "id")
    ResponseEntity<PatientResponse> get(@PathVariable String id) {
        Patient patient = registry.get(id);
        return ResponseEntity.ok().eTag(ETags.of(patient.revision())).body(PatientResponse.of(patient));
    }

    /** A patient as the clinic registers them: minimal PHI only. */
    record RegistrationRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*",
                    message = "must be letters, digits and . _ / - only") String mrn,
            @NotBlank @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String givenName,
            @NotBlank @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String familyName,
            @NotNull @Past LocalDate birthDate) {
    }

    record PatientResponse(String id, String mrn, String givenName, String familyName, LocalDate birthDate,
            long revision) {

        static PatientResponse of(Patient patient) {
            return new PatientResponse(patient.id(), patient.mrn(), patient.givenName(), patient.familyName(),
                    patient.birthDate(), patient.revision());
        }
    }
}
