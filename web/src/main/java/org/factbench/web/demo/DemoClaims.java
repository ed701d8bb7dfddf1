package org.factbench.web.demo;

import java.time.LocalDate;
import java.util.List;
import org.factbench.core.claim.Appearance;
import org.factbench.core.claim.ClaimDetails;
import org.factbench.core.claim.ClaimFilter;
import org.factbench.core.claim.ClaimService;
import org.factbench.web.security.SystemAuthority;
import org.factbench.web.status.CorpusReadyTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's claims, created by the demo checker on an empty board once the corpus is set up (so they are in
 * the claim index and the sample articles that bear on them can be found). Our own sentences about the
 * sample corpus; a board that already holds claims is left alone. {@code factbench.demo.claims=false} turns it off
 * (the web tests do, so the board holds only what each test creates).
 */
@Component
@Profile(DemoAccounts.PROFILE)
@ConditionalOnProperty(name = "factbench.demo.claims", matchIfMissing = true)
@Order(10)
class DemoClaims implements CorpusReadyTask {

    /** The claim the README's walk-through checks. */
    static final String DEMO_CLAIM = "The first meeting of Azerbaijani and Armenian public figures after the 2020 war "
            + "was held on 23-24 December 2021 in Moscow";

    private static final Logger log = LoggerFactory.getLogger(DemoClaims.class);

    private final ClaimService claims;
    private final SystemAuthority authority;

    DemoClaims(ClaimService claims, SystemAuthority authority) {
        this.claims = claims;
        this.authority = authority;
    }

    @Override
    public String name() {
        return "Demo claims";
    }

    @Override
    public void run() {
        int created = authority.asUser("checker", () -> {
            if (claims.search(ClaimFilter.all(), 0, 1).total() > 0) return 0;
            all().forEach(claims::create);
            return all().size();
        });
        if (created > 0) log.info("Demo profile: {} demo claims on the board", created);
    }

    static List<ClaimDetails> all() {
        return List.of(
                claim(DEMO_CLAIM, "A television commentator", List.of("diplomacy", "meetings"),
                        "https://news.example/tv/2022/01/10/evening-talk", "Evening Talk", LocalDate.of(2022, 1, 10)),
                claim("The railway link through the region was reopened to freight in November 2021", "A regional official",
                        List.of("transport"), "https://news.example/press/2021/12/05/briefing", "Press briefing",
                        LocalDate.of(2021, 12, 5)),
                claim("Border commissions of the two countries met for the first time in February 2022",
                        "An opposition deputy", List.of("border"), "https://news.example/social/2022/02/25/post",
                        "Social media", LocalDate.of(2022, 2, 25)));
    }

    private static ClaimDetails claim(String statement, String claimant, List<String> tags, String url, String outlet,
                                      LocalDate date) {
        return new ClaimDetails(statement, claimant, "en", tags, List.of(new Appearance(url, date, outlet)), null);
    }
}
