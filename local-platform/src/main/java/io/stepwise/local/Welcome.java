package io.stepwise.local;

/** What the person at the terminal needs once the platform is up. */
final class Welcome {

    private Welcome() {
    }

    static String text(PlatformLayout layout) {
        return """

                Stepwise is running.
                  Portal        http://localhost:8080/
                  Keycloak      http://localhost:8180/admin  (admin / admin)
                  Demo users    clinician / clinician, coordinator / coordinator, clinic-admin / clinic-admin
                  Partners      partner-psychology-demo / local-psychology-secret
                                partner-second-opinion-demo / local-second-opinion-secret
                  Data, logs    %s
                These identities exist for this machine only. Clinical content is illustrative, not medical advice.
                Press Ctrl-C to stop everything.
                """.formatted(layout.home());
    }
}
