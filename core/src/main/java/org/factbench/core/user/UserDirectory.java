package org.factbench.core.user;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.factbench.core.shared.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of Factbench, stored in the database. Also Spring Security's source of logins, so the web tier
 * and core agree on who someone is and what role they have.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserDirectory(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No user named " + username));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(List.of(new SimpleGrantedAuthority(account.getRole().authority())))
                .build();
    }

    /** Open to any caller: the web tier looks up who just logged in. Returns no secrets. */
    public Optional<UserSummary> find(String username) {
        return accounts.findByUsername(username).map(UserSummary::of);
    }

    @PreAuthorize(Access.CHECKER)
    public List<UserSummary> all() {
        return accounts.findAll().stream().map(UserSummary::of).toList();
    }

    /**
     * Creates a user unless one with that name exists (idempotent, so demo seeding can run at every start).
     * Deliberately not behind method security: it is called by start-up seeding and by admin services that
     * check the role themselves.
     */
    @Transactional
    public UserSummary ensureUser(String username, String displayName, String rawPassword, Role role) {
        return accounts.findByUsername(username).map(UserSummary::of).orElseGet(() -> UserSummary.of(accounts.save(
                new UserAccount(username, displayName, passwordEncoder.encode(rawPassword), role, clock.instant()))));
    }
}
