package org.factbench.web.report;

/** Where a claim's report page opens in the app: {@code report/<claimId>} (newest) or {@code report/<claimId>/<version>}. */
public record ReportLink(long claimId, Integer version) {

    public ReportLink(long claimId) {
        this(claimId, null);
    }

    public String href() {
        return "report/" + claimId + (version == null ? "" : "/" + version);
    }
}
