package org.factbench.web.report;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public report page, for anyone holding a link's token, with no login: the same article as the app's page
 * and the ClaimReview JSON-LD in its head. The page runs no script at all (its policy allows none; the JSON-LD
 * block is data), and it is never cached, so a revoked link stops answering at once with a plain 404.
 */
@Controller
class PublicReportController {

    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private final Reports reports;

    PublicReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/public/report/{token}")
    ResponseEntity<String> page(@PathVariable String token) {
        String page = reports.publicPage(token);
        var response = ResponseEntity.status(page == null ? HttpStatus.NOT_FOUND : HttpStatus.OK)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", page == null ? "noindex" : "all");
        return response.body(page != null ? page
                : "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>Not found</title></head>"
                        + "<body><h1>Not found</h1><p>There is no report at this address.</p></body></html>");
    }
}
