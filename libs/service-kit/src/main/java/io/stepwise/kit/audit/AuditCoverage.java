package io.stepwise.kit.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Refuses to start a service that has a handler under a patient-data path without {@link Audited} (or
 * {@link NotPatientData}): an unaudited access to patient data is a bug found by the first test that starts the
 * service, never by a clinic.
 */
public class AuditCoverage implements SmartInitializingSingleton {

    private final RequestMappingHandlerMapping handlers;
    private final PatientDataPaths.Matcher paths;

    public AuditCoverage(RequestMappingHandlerMapping handlers, PatientDataPaths paths) {
        this.handlers = handlers;
        this.paths = paths.matcher();
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> unaudited = unauditedHandlers();
        if (!unaudited.isEmpty()) {
            throw new IllegalStateException("Handlers on patient data without @Audited or @NotPatientData: " + unaudited);
        }
    }

    /** Each unaudited handler as {@code patterns -> Class.method}. */
    public List<String> unauditedHandlers() {
        var unaudited = new ArrayList<String>();
        handlers.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> {
            boolean onPatientData = info.getPatternValues().stream().anyMatch(paths::covers);
            if (onPatientData && !method.hasMethodAnnotation(Audited.class)
                    && !method.hasMethodAnnotation(NotPatientData.class)) {
                unaudited.add(info.getPatternValues() + " -> " + method.getBeanType().getSimpleName() + "."
                        + method.getMethod().getName());
            }
        });
        return unaudited;
    }
}
