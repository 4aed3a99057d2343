package io.stepwise.plan.accesslog;

import io.stepwise.plan.patient.PatientRegistry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import io.stepwise.kit.web.PageQuery;
import io.stepwise.plan.accesslog.domain.AccessLogEntry;

/** A patient's access log: who did what with the patient's data, in which service, and how it ended. */
@Service
public class AccessLog {

    private final AccessLogEntries entries;
    private final PatientRegistry patients;

    AccessLog(AccessLogEntries entries, PatientRegistry patients) {
        this.entries = entries;
        this.patients = patients;
    }

    /**
     * Keeps one entry. In: an entry made from an audit record. Out: true if it was stored now, false if an entry
     * with its id was already there (the same record delivered again), which changes nothing.
     */
    public boolean add(AccessLogEntry entry) {
        try {
            entries.insert(entry);
            return true;
        } catch (DuplicateKeyException alreadyStored) {
            return false;
        }
    }

    /**
     * One page of a patient's entries. In: the patient id and a validated page, sorted by {@code at}. Out: the page;
     * entries of the same millisecond come in the order of their (time-ordered) ids, so pages never overlap.
     *
     * @throws io.stepwise.plan.patient.UnknownPatientException when there is no such patient
     */
    public Page<AccessLogEntry> of(String patientId, PageQuery page) {
        patients.get(patientId);
        Sort.Order at = page.sort().getOrderFor("at");
        var direction = at == null ? Sort.Direction.DESC : at.getDirection();
        var sort = page.sort().and(Sort.by(direction, "id"));
        return entries.findByPatientId(patientId, PageRequest.of(page.page(), page.size(), sort));
    }
}
