package io.stepwise.catalog.treatment;

import io.stepwise.catalog.treatment.domain.Treatment;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface TreatmentSearch {

    Page<Treatment> search(TreatmentFilter filter, Pageable page);
}
