package io.stepwise.referral.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntrySearchComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import io.stepwise.referral.referral.domain.Referral;

/**
 * One page of a Task search as a FHIR {@code searchset} Bundle. In: the page of the caller's referrals and the search
 * that found them. Out: the Bundle with the total, a {@code self} link, {@code previous} and {@code next} links when
 * there are such pages, and one entry per Task (absolute {@code fullUrl}, search mode {@code match}).
 */
@Component
class TaskBundleMapper {

    private final TaskMapper tasks;
    private final FhirServerProperties server;

    TaskBundleMapper(TaskMapper tasks, FhirServerProperties server) {
        this.tasks = tasks;
        this.server = server;
    }

    Bundle toSearchset(Page<Referral> page, TaskSearch search) {
        var bundle = new Bundle();
        bundle.setType(BundleType.SEARCHSET);
        bundle.setTotal(Math.toIntExact(page.getTotalElements()));
        bundle.addLink().setRelation("self").setUrl(link(search, search.offset()));
        if (search.offset() > 0) {
            bundle.addLink().setRelation("previous").setUrl(link(search, Math.max(0, search.offset() - search.count())));
        }
        if (search.offset() + search.count() < page.getTotalElements()) {
            bundle.addLink().setRelation("next").setUrl(link(search, search.offset() + search.count()));
        }
        for (Referral referral : page.getContent()) {
            bundle.addEntry().setFullUrl(server.url("Task/" + referral.id())).setResource(tasks.toTask(referral))
                    .setSearch(new BundleEntrySearchComponent().setMode(SearchEntryMode.MATCH));
        }
        return bundle;
    }

    private String link(TaskSearch search, long offset) {
        return server.url("Task?" + search.query(offset));
    }
}
