package org.factbench.core.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.factbench.core.audit.Change;
import org.factbench.core.audit.ChangeRecorder;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.NotFoundException;
import org.factbench.core.user.Role;
import org.factbench.core.user.UserAccount;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists and revokes a user's API tokens and resolves a presented token to its owner. A token is 32
 * random bytes (256 bits) after the {@value #PREFIX} marker; only its SHA-256 is stored, so a database dump
 * yields no usable token. A plain hash (no salt, no slow KDF) is enough for random secrets of this length and
 * keeps the per-request lookup one indexed query.
 */
@Service
@Transactional
public class ApiTokens {

    static final String PREFIX = "fbt_";
    private static final int MAX_ACTIVE_PER_USER = 20;

    private final ApiTokenRepository tokens;
    private final ChangeRecorder changes;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, ChangeRecorder changes) {
        this.tokens = tokens;
        this.changes = changes;
    }

    @PreAuthorize(Access.CHECKER)
    public IssuedApiToken create(String name) {
        UserAccount actor = changes.actor();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) throw new InvalidInputException("name", "Name the token after the program that uses it.");
        if (cleanName.length() > 100) throw new InvalidInputException("name", "At most 100 characters.");
        long active = tokens.findByOwner(actor.getUsername()).stream().filter(ApiToken::isActive).count();
        if (active >= MAX_ACTIVE_PER_USER) {
            throw new InvalidInputException("name", "You have " + active + " active tokens; revoke one you no longer use first.");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(new ApiToken(actor, cleanName, secret.substring(0, 10), hash(secret), changes.now()));
        ApiTokenView view = token.toView();
        changes.record(actor, Change.of("API_TOKEN_CREATED", "API_TOKEN", token.getId()).after(view));
        return new IssuedApiToken(view, secret);
    }

    @PreAuthorize(Access.CHECKER)
    @Transactional(readOnly = true)
    public List<ApiTokenView> mine() {
        return tokens.findByOwner(changes.actor().getUsername()).stream().map(ApiToken::toView).toList();
    }

    /** Owners revoke their own tokens; an admin may revoke anyone's (e.g. a leaked one). */
    @PreAuthorize(Access.CHECKER)
    public ApiTokenView revoke(long tokenId) {
        UserAccount actor = changes.actor();
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new NotFoundException("API token", tokenId));
        if (!token.getOwner().getId().equals(actor.getId()) && actor.getRole() != Role.ADMIN) {
            throw new AccessDeniedException("Only its owner or an admin can revoke this token.");
        }
        ApiTokenView before = token.toView();
        token.revoke(changes.now());
        ApiTokenView after = token.toView();
        changes.record(actor, Change.of("API_TOKEN_REVOKED", "API_TOKEN", tokenId).before(before).after(after));
        return after;
    }

    /**
     * The username a presented token belongs to, if it is one of ours, not revoked and its owner enabled. Open to
     * any caller: it is how a request without a session becomes authenticated.
     */
    public Optional<String> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) return Optional.empty();
        return tokens.findByHash(hash(presented)).filter(ApiToken::isActive).map(token -> {
            token.used(changes.now());
            return token.getOwner().getUsername();
        });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
