package io.stepwise.testkit;

import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Points a {@link ServiceTest} at the test Mongo-wire server and the test identity provider. */
public class ServiceTestContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        var annotation = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY).get(ServiceTest.class);
        if (!annotation.isPresent()) {
            return null;
        }
        return new PlatformProperties(annotation.getString("database"), annotation.getBoolean("kafka"));
    }

    private record PlatformProperties(String database, boolean kafka) implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                    "spring.mongodb.uri", TestMongo.uri(database),
                    "stepwise.security.issuer", TestIdentityProvider.shared().issuer()));
            if (kafka) {
                properties.put("spring.kafka.bootstrap-servers", TestKafka.shared().bootstrapServers());
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("stepwiseServiceTest", properties));
        }
    }
}
