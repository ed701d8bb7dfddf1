package org.factbench.core.admin;

import java.time.Clock;
import java.util.regex.Pattern;
import org.factbench.core.audit.ActivityLog;
import org.factbench.core.audit.Change;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.NotFoundException;
import org.factbench.core.user.CurrentUser;
import org.factbench.core.user.Role;
import org.factbench.core.user.UserAccount;
import org.factbench.core.user.UserAccountRepository;
import org.factbench.core.user.UserDirectory;
import org.factbench.core.user.UserSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts, changing roles and disabling accounts. Accounts are never deleted: the log refers to them. */
@Service
@Transactional
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?");

    private final UserDirectory directory;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAdministration(UserDirectory directory, UserAccountRepository accounts, CurrentUser currentUser, ActivityLog activity,
            ApplicationEventPublisher events, Clock clock) {
        this.directory = directory;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Access.ADMIN)
    public UserSummary create(String username, String displayName, String rawPassword, Role role) {
        UserAccount actor = currentUser.require();
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "Use 1-64 letters, digits, '.', '_' or '-' (so @mentions work).");
        }
        if (accounts.existsByUsername(username)) throw new InvalidInputException("username", username + " is taken.");
        if (displayName == null || displayName.isBlank()) throw new InvalidInputException("displayName", "Give the person's name.");
        if (rawPassword == null || rawPassword.length() < 10) {
            throw new InvalidInputException("password", "A password needs at least 10 characters.");
        }
        if (role == null) throw new InvalidInputException("role", "Choose a role.");
        UserSummary created = directory.ensureUser(username, displayName.strip(), rawPassword, role);
        activity.record(actor, Change.of("USER_CREATED", "USER", created.id()).after(created));
        events.publishEvent(new UserAccountChanged(username, "CREATED", clock.instant(), actor.getUsername()));
        return created;
    }

    @PreAuthorize(Access.ADMIN)
    public UserSummary changeRole(String username, Role role) {
        UserAccount actor = currentUser.require();
        if (role == null) throw new InvalidInputException("role", "Choose a role.");
        UserAccount account = require(username);
        UserSummary before = summary(account);
        account.changeRole(role);
        return recorded(actor, account, before, "ROLE_CHANGED");
    }

    @PreAuthorize(Access.ADMIN)
    public UserSummary disable(String username) {
        UserAccount actor = currentUser.require();
        UserAccount account = require(username);
        if (account.getUsername().equals(actor.getUsername())) {
            throw new InvalidInputException("username", "You cannot disable your own account.");
        }
        UserSummary before = summary(account);
        account.disable();
        return recorded(actor, account, before, "DISABLED");
    }

    private UserSummary recorded(UserAccount actor, UserAccount account, UserSummary before, String change) {
        accounts.flush();
        UserSummary after = summary(account);
        activity.record(actor, Change.of("USER_" + change, "USER", account.getId()).before(before).after(after));
        events.publishEvent(new UserAccountChanged(account.getUsername(), change, clock.instant(), actor.getUsername()));
        return after;
    }

    private UserAccount require(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    private static UserSummary summary(UserAccount account) {
        return new UserSummary(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(), account.isEnabled());
    }
}
