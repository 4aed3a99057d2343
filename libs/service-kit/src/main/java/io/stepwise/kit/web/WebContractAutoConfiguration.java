package io.stepwise.kit.web;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The API contract every service shares: strict paging and sorting of lists. */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
public class WebContractAutoConfiguration {

    @Bean
    WebMvcConfigurer stepwisePaging() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new PageQueryResolver());
            }
        };
    }
}
