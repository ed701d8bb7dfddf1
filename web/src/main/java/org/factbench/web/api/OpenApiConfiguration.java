package org.factbench.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3 description served at /v3/api-docs (and Swagger UI at /swagger-ui.html) for logged-in users. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI factbenchApi() {
        return new OpenAPI()
                .info(new Info().title("Factbench API").version("v1").description(
                        "Claims, evidence links, verdicts, comments, collections and published reports. "
                                + "Authenticate with an API token from the app (API tokens): Authorization: Bearer fbt_... "
                                + "Errors are application/problem+json. Single resources carry their version as ETag; "
                                + "changes need If-Match (412 when someone else changed it first, 428 when missing)."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("fbt_...")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
