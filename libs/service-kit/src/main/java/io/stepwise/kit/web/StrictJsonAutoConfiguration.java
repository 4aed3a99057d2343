package io.stepwise.kit.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as written: a number or boolean where the API wants text, a number or string where it wants a
 * boolean, a string where it wants a number ({@code "doseMg":"5"}), or a fraction
 * where it wants a whole number (an outcome item of 4.5), or a number where it wants a time, is refused rather than
 * converted; a key given twice in one object is refused rather than the last one
 * silently winning; and a field the endpoint does not know (a misspelled safety flag, say) is refused rather than
 * dropped. Event consumers read payloads with the same mapper but ignore unknown fields (see {@code EventPayloads}): a
 * newer producer may add some. Times in payloads are ISO-8601 text, as every Stepwise producer writes them.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass({JsonMapper.class, JsonMapperBuilderCustomizer.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class StrictJsonAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer stepwiseStrictJson() {
        return builder -> builder.addModule(new SimpleModule("stepwise-instants-as-text")
                        .addDeserializer(Instant.class, new InstantAsText()))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, bool -> bool
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }

    /**
     * Times as ISO-8601 text only ({@code 2026-12-01T09:30:00Z}, or with an offset): a JSON number could be seconds or
     * milliseconds since 1970, so it is refused (400) rather than guessed.
     */
    static final class InstantAsText extends ValueDeserializer<Instant> {

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getString().strip();
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw context.weirdStringException(text, Instant.class, "not an ISO-8601 time such as 2026-12-01T09:30:00Z");
            }
        }
    }
}
