package org.factbench.web.report;

import org.factbench.core.report.PublicReportLinks;
import org.factbench.core.user.Role;
import org.factbench.web.security.LoggedInUser;
import org.springframework.stereotype.Component;

/** Builds the download panels (claim workspace, report page) with what they need. */
@Component
class ReportDownloadsFactory {

    private final ReportExports exports;
    private final PublicReportLinks links;
    private final ReportProperties properties;
    private final LoggedInUser user;

    ReportDownloadsFactory(ReportExports exports, PublicReportLinks links, ReportProperties properties, LoggedInUser user) {
        this.exports = exports;
        this.links = links;
        this.properties = properties;
        this.user = user;
    }

    ClaimDownloads create(long claimId, Integer version) {
        return new ClaimDownloads(exports, claimId, version);
    }

    boolean editor() {
        return user.get().map(u -> u.role().includes(Role.EDITOR)).orElse(false);
    }

    PublicLinkPanel publicLinks(long claimId) {
        return new PublicLinkPanel(links, properties, claimId);
    }
}
