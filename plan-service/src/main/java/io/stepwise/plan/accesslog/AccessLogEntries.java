package io.stepwise.plan.accesslog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import io.stepwise.plan.accesslog.domain.AccessLogEntry;

/** The stored access-log entries of every patient. */
public interface AccessLogEntries extends MongoRepository<AccessLogEntry, String> {

    /** One page of a patient's entries, in the page's order. */
    Page<AccessLogEntry> findByPatientId(String patientId, Pageable page);
}
