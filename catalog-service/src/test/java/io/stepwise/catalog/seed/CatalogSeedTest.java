package io.stepwise.catalog.seed;

import static io.stepwise.catalog.CatalogRequests.treatment;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import io.stepwise.catalog.interaction.domain.InteractionRuleSet;
import io.stepwise.catalog.treatment.domain.Treatment;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;

@ServiceTest(database = "catalog-service-test", kafka = true)
class CatalogSeedTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Autowired
    CatalogSeed seed;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aSeedInterruptedHalfWayIsFinishedOnTheNextStartWithoutUndoingAClinicsEdits() {
        var edited = Api.atPort(port).get("/api/catalog/treatments/nsaid").bearer(idp.clinician()).send();
        var revised = Api.atPort(port).method("PUT", "/api/catalog/treatments/nsaid", treatment("nsaid", "Clinic's own NSAID", "nsaid"))
                .bearer(idp.clinicAdmin()).header("If-Match", edited.header("ETag")).send();
        assertThat(revised.status()).isEqualTo(200);

        // As if the first start had stopped after drafting "tens" and before the rules and the marker.
        mongo.updateFirst(Query.query(Criteria.where("_id").is("tens")), Update.update("status", "DRAFT"), Treatment.class);
        mongo.remove(Query.query(Criteria.where("_id").is(InteractionRuleSet.CLINIC)), InteractionRuleSet.class);
        mongo.remove(new Query(), CatalogSeed.SEED_RUNS);

        seed.run(null);

        var tens = Api.atPort(port).get("/api/catalog/treatments/tens").bearer(idp.clinician()).send();
        assertThat(tens.json().get("status").asString()).isEqualTo("PUBLISHED");
        var rules = Api.atPort(port).get("/api/catalog/interaction-rules?size=100").bearer(idp.clinician()).send();
        assertThat(rules.json().at("/page/totalElements").asInt()).isGreaterThanOrEqualTo(8);
        var nsaid = Api.atPort(port).get("/api/catalog/treatments/nsaid").bearer(idp.clinician()).send();
        assertThat(nsaid.json().get("name").asString()).isEqualTo("Clinic's own NSAID");
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(CatalogSeed.MARKER)), CatalogSeed.SEED_RUNS)).isTrue();
    }
}
