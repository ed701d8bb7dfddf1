package org.factbench.web.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where reports live for readers and who publishes them ({@code factbench.report.*}).
 *
 * @param baseUrl          the app's public address, ending in {@code /}; links in reports and the JSON-LD start here
 * @param organization     the fact-checking organization named as the ClaimReview's author
 * @param organizationUrl  its web site, or empty
 */
@ConfigurationProperties("factbench.report")
record ReportProperties(String baseUrl, String organization, String organizationUrl) {

    ReportProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080/" : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        organization = organization == null || organization.isBlank() ? "Factbench" : organization;
        organizationUrl = organizationUrl == null || organizationUrl.isBlank() ? null : organizationUrl;
    }

    String appReport(long claimId, int version) {
        return baseUrl + "report/" + claimId + "/" + version;
    }

    String publicReport(String token) {
        return baseUrl + "public/report/" + token;
    }
}
