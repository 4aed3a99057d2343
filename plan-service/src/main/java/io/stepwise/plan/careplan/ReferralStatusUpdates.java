package io.stepwise.plan.careplan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import io.stepwise.plan.careplan.domain.ReferralUpdate;
import io.stepwise.plan.safety.SafetyRules;

/**
 * Applies referral-service's updates to the plans that requested the referrals. A concurrent edit of the same plan
 * makes the save fail on its revision; the update is then applied again to the fresh plan.
 */
@Service
class ReferralStatusUpdates {

    private static final Logger log = LoggerFactory.getLogger(ReferralStatusUpdates.class);
    private static final int ATTEMPTS = 5;

    private final CarePlans plans;
    private final SafetyRules safety;

    ReferralStatusUpdates(CarePlans plans, SafetyRules safety) {
        this.plans = plans;
        this.safety = safety;
    }

    /** @return whether a plan changed (false: no such plan or referral, or an update it already has) */
    boolean apply(String planId, ReferralUpdate update) {
        for (int attempt = 1; ; attempt++) {
            var plan = plans.findById(planId);
            if (plan.isEmpty()) {
                log.warn("Referral {} names plan {}, which plan-service does not have", update.referralId(), planId);
                return false;
            }
            if (!plan.get().applyReferralUpdate(update, safety.current())) {
                return false;
            }
            try {
                plans.save(plan.get());
                return true;
            } catch (OptimisticLockingFailureException concurrentEdit) {
                if (attempt == ATTEMPTS) {
                    throw concurrentEdit;
                }
            }
        }
    }
}
