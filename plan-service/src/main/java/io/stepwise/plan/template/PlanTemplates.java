package io.stepwise.plan.template;

import org.springframework.data.mongodb.repository.MongoRepository;

import io.stepwise.plan.template.domain.PlanTemplate;

interface PlanTemplates extends MongoRepository<PlanTemplate, String> {
}
