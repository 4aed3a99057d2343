package io.stepwise.referral.webhook;

import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.Audited;
import io.stepwise.kit.web.PageParams;
import io.stepwise.kit.web.PageQuery;
import io.stepwise.referral.webhook.domain.DeliveryStatus;

/**
 * A partner's webhook delivery log for clinic admins (the role rule for {@code /api/partners/**}): newest first,
 * optionally one status, and a resend of an ended delivery. Another partner's delivery is answered like one that
 * does not exist.
 */
@RestController
@RequestMapping("/api/partners/{partnerId}/webhook-deliveries")
class WebhookDeliveryController {

    private final DeliveryLog deliveryLog;

    WebhookDeliveryController(DeliveryLog deliveryLog) {
        this.deliveryLog = deliveryLog;
    }

    @GetMapping
    @Audited(action = AuditAction.SEARCH, resource = "webhook-delivery", idParameter = "partnerId")
    PagedModel<WebhookDeliveryResponse> list(@PathVariable String partnerId,
            @RequestParam(required = false) DeliveryStatus status,
            @PageParams(sort = {"createdAt=createdAt", "occurredAt=occurredAt"}, defaultSort = "createdAt,desc")
            PageQuery page) {
        return new PagedModel<>(deliveryLog.list(partnerId, status, page.pageable())
                .map(WebhookDeliveryResponse::of));
    }

    /** 202: the delivery is PENDING again and the sender is on it. */
    @PostMapping("/{deliveryId}/resend")
    @Audited(action = AuditAction.UPDATE, resource = "webhook-delivery", idParameter = "deliveryId")
    ResponseEntity<WebhookDeliveryResponse> resend(@PathVariable String partnerId, @PathVariable String deliveryId) {
        return ResponseEntity.accepted().body(WebhookDeliveryResponse.of(deliveryLog.resend(partnerId, deliveryId)));
    }
}
