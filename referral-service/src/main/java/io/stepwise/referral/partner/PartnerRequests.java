package io.stepwise.referral.partner;

import java.util.EnumSet;
import java.util.List;

import io.stepwise.kit.problem.FieldProblem;
import io.stepwise.kit.problem.ProblemException;
import io.stepwise.kit.problem.ProblemType;
import io.stepwise.kit.web.TextRules;
import io.stepwise.referral.partner.domain.Specialty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies clinic admins send to /api/partners, checked for form; URLs are checked by the use cases. */
final class PartnerRequests {

    static final int MAX_URL = 2000;

    private PartnerRequests() {
    }

    /**
     * {@code POST /api/partners}.
     *
     * @param name        one line, 1–200 characters; its slug makes the client id
     * @param specialties 1–8 distinct specialties
     * @param webhookUrl  https (http to loopback only on the local platform), public address
     * @param jwksUrl     optional: the partner's JWKS, when its client signs JWT assertions instead of using a secret
     */
    record Onboarding(
            @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String name,
            @NotNull @Size(min = 1, max = 8) List<@NotNull Specialty> specialties,
            @NotBlank @Size(max = MAX_URL) String webhookUrl,
            @Size(max = MAX_URL) String jwksUrl) {

        /** @throws ProblemException 400 naming {@code specialties} when one is given twice */
        NewPartner toNewPartner() {
            var distinct = EnumSet.copyOf(specialties);
            if (distinct.size() != specialties.size()) {
                throw new ProblemException(ProblemType.INVALID_BODY, "The request has invalid fields",
                        List.of(new FieldProblem("specialties", "must not name a specialty twice")));
            }
            return new NewPartner(name.strip(), distinct, webhookUrl.strip(), jwksUrl == null ? null : jwksUrl.strip());
        }
    }

    /** {@code PUT /api/partners/{id}/webhook}. */
    record Webhook(@NotBlank @Size(max = MAX_URL) String url) {
    }
}
