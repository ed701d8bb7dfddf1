package org.factbench.core.apitoken;

/** A token just created: {@code secret} is shown to its owner this once and never stored. */
public record IssuedApiToken(ApiTokenView token, String secret) {

    @Override
    public String toString() {
        return "IssuedApiToken[" + token + ", secret=***]";
    }
}
