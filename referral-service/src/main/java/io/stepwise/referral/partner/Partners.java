package io.stepwise.referral.partner;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;

interface Partners extends MongoRepository<Partner, String> {

    List<Partner> findByActiveTrueAndSpecialtiesContaining(Specialty specialty);

    List<Partner> findByActiveTrue();

    boolean existsByClientId(String clientId);

    boolean existsByNameKey(String nameKey);
}
