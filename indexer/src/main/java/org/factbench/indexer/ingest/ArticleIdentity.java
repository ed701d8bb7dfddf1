package org.factbench.indexer.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.factbench.indexer.parse.ParsedArticle;

/**
 * Who an article is and what it says. The id is a hash of the canonical URL when the source has one, so a page
 * fetched again with changed text is the same article in a new version; without a URL it is a hash of the
 * normalized text and metadata, so the same article loaded twice is the same article and any difference makes
 * another one. The content hash covers everything a reader sees; when it is unchanged, loading again is a no-op.
 */
record ArticleIdentity(String articleId, String contentHash, String canonicalUrl) {

    private static final List<String> TRACKING_PARAMETERS = List.of("utm_", "fbclid", "gclid", "mc_cid", "mc_eid");

    static ArticleIdentity of(ParsedArticle article) {
        String canonical = canonicalUrl(article.url());
        String contentSource = String.join("\u0001", nullToEmpty(article.title()), nullToEmpty(article.body()),
                nullToEmpty(article.outlet()), String.join("\u0002", article.authors()),
                article.published() == null ? "" : article.published().toInstant().toString(),
                nullToEmpty(article.language()));
        String contentHash = sha256(contentSource);
        // Without a URL nothing says that a different text is the same article: every distinct text (and date,
        // outlet, ...) is an article of its own, and near-duplicate linking connects the ones that are copies.
        String idSource = canonical != null
                ? "url:" + canonical
                : "text:" + nullToEmpty(article.outlet()).toLowerCase(Locale.ROOT) + "\n" + normalize(article.title())
                        + "\n" + normalize(article.body()) + "\n" + contentHash;
        return new ArticleIdentity(sha256(idSource).substring(0, 32), contentHash, canonical);
    }

    /**
     * Lowercase scheme and host, no default port, no fragment, no tracking parameters, no trailing slash.
     * Returns null for a missing or unparsable URL: the text then identifies the article.
     */
    static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
                port = -1;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && TRACKING_PARAMETERS.stream().noneMatch(t -> p.toLowerCase(Locale.ROOT).startsWith(t)))
                    .sorted()
                    .collect(Collectors.joining("&"));
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port) + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * Lower case, each run of ASCII whitespace (what {@code \s} matches) one space, stripped. By hand rather than with
     * a regex, as it reads every body of a load; ids depend on it, so ArticleIdentityTest holds it to that definition.
     */
    static String normalize(String text) {
        String lower = nullToEmpty(text).toLowerCase(Locale.ROOT);
        StringBuilder normalized = new StringBuilder(lower.length());
        boolean inSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                normalized.append(c);
            } else if (!inSpace) {
                normalized.append(' ');
            }
            inSpace = space;
        }
        return normalized.toString().strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
