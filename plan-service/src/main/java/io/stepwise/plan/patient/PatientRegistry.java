package io.stepwise.plan.patient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import io.stepwise.kit.audit.AuditedAccess;
import io.stepwise.kit.ids.UuidV7;
import io.stepwise.plan.patient.domain.Patient;

/** Registers patients and finds them by id or by a part of their name or MRN. */
@Service
public class PatientRegistry {

    private final Patients patients;
    private final MongoTemplate mongo;
    private final Clock clock;

    PatientRegistry(Patients patients, MongoTemplate mongo, Clock clock) {
        this.patients = patients;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** @throws DuplicateMrnException when the MRN is taken */
    public Patient register(String mrn, String givenName, String familyName, LocalDate birthDate, String by) {
        try {
            Patient patient = patients.insert(Patient.register(UuidV7.next(), mrn, givenName, familyName, birthDate, by,
                    clock.instant()));
            AuditedAccess.patient(patient.id());
            return patient;
        } catch (DuplicateKeyException e) {
            throw new DuplicateMrnException(mrn);
        }
    }

    /** @throws UnknownPatientException when there is no such patient */
    public Patient get(String id) {
        return patients.findById(id).orElseThrow(() -> new UnknownPatientException(id));
    }

    /**
     * Patients whose MRN, given or family name contains {@code q}, ignoring case; every patient when {@code q} is
     * blank or null. The text is matched literally (quoted), never as a pattern.
     */
    public Page<Patient> search(String q, Pageable page) {
        var query = new Query();
        if (q != null && !q.isBlank()) {
            String literal = Pattern.quote(q.strip().toLowerCase(Locale.ROOT));
            query.addCriteria(Criteria.where("searchText").regex(literal));
        }
        var found = mongo.find(Query.of(query).with(page), Patient.class);
        return PageableExecutionUtils.getPage(found, page, () -> mongo.count(Query.of(query).limit(-1).skip(-1),
                Patient.class));
    }
}
