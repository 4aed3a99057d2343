package io.stepwise.catalog.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.stepwise.testkit.Api;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;

@ServiceTest(database = "catalog-list-test")
class TreatmentListTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Autowired
    Treatments treatments;

    @BeforeEach
    void oneTreatment() {
        treatments.deleteAll();
        treatments.save(new Treatment("tens", "TENS", "PHYSICAL_THERAPY", "modality", TreatmentStatus.PUBLISHED));
    }

    @Test
    void everyStaffRoleReadsTheCatalogAsAPage() {
        for (String token : new String[] {idp.clinician(), idp.coordinator(), idp.clinicAdmin()}) {
            var response = Api.atPort(port).get("/api/catalog/treatments").bearer(token).send();
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(response.json().at("/content/0/id").asString()).isEqualTo("tens");
            assertThat(response.json().at("/page/totalElements").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aPartnerMayNotReadTheStaffCatalog() {
        var response = Api.atPort(port).get("/api/catalog/treatments").bearer(idp.partner("psychology-demo")).send();
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void onlyAClinicAdminMayChangeTheCatalog() {
        var response = Api.atPort(port).post("/api/catalog/treatments", "{}").bearer(idp.coordinator()).send();
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void anonymousCallersGet401() {
        var response = Api.atPort(port).get("/api/catalog/treatments").send();
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
