package io.stepwise.plan.template;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import io.stepwise.kit.web.IfMatch;
import io.stepwise.plan.catalogreplica.CatalogReplica;
import io.stepwise.plan.template.domain.PlanTemplate;
import io.stepwise.plan.template.domain.TemplateCheck;

/**
 * The clinic's stepped-care templates: clinic admins write them; clinicians apply them to plans. A template names
 * published treatments only, never a controlled substance (an opioid's dose is decided per patient), and each
 * medication that needs monitoring carries its review interval.
 */
@Service
public class TemplateLibrary {

    private final PlanTemplates templates;
    private final CatalogReplica catalog;

    TemplateLibrary(PlanTemplates templates, CatalogReplica catalog) {
        this.templates = templates;
        this.catalog = catalog;
    }

    public Page<PlanTemplate> list(Pageable page) {
        return templates.findAll(page);
    }

    /** @throws UnknownTemplateException when there is none */
    public PlanTemplate get(String id) {
        return templates.findById(id).orElseThrow(() -> new UnknownTemplateException(id));
    }

    /** @throws DuplicateTemplateException when the id is taken; @throws InvalidTemplateException see the class */
    public PlanTemplate create(PlanTemplate template) {
        requireValid(template);
        try {
            return templates.insert(template.withRevision(null));
        } catch (DuplicateKeyException e) {
            throw new DuplicateTemplateException(template.id());
        }
    }

    public PlanTemplate revise(String id, IfMatch ifMatch, PlanTemplate template) {
        PlanTemplate current = get(id);
        ifMatch.check("Plan template " + id, current.revision());
        requireValid(template);
        return templates.save(new PlanTemplate(id, template.name(), template.description(), template.activities(),
                template.goals(), template.referrals(), current.revision()));
    }

    public void delete(String id, IfMatch ifMatch) {
        PlanTemplate current = get(id);
        ifMatch.check("Plan template " + id, current.revision());
        templates.delete(current);
    }

    /** Stores a seeded template unless one with its id exists. @return whether it was stored */
    boolean seed(PlanTemplate template) {
        if (templates.existsById(template.id())) {
            return false;
        }
        try {
            templates.insert(template);
            return true;
        } catch (DuplicateKeyException seededMeanwhile) {
            return false;
        }
    }

    private void requireValid(PlanTemplate template) {
        var problems = TemplateCheck.problems(template, catalog::treatment);
        if (!problems.isEmpty()) {
            throw new InvalidTemplateException(String.join("; ", problems));
        }
    }
}
