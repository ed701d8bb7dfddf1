package org.factbench.core.admin;

import java.util.regex.Pattern;
import org.factbench.core.audit.Change;
import org.factbench.core.audit.ChangeRecorder;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.NotFoundException;
import org.factbench.core.user.Role;
import org.factbench.core.user.UserAccount;
import org.factbench.core.user.UserAccountRepository;
import org.factbench.core.user.UserDirectory;
import org.factbench.core.user.UserSummary;
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
    private final ChangeRecorder changes;

    UserAdministration(UserDirectory directory, UserAccountRepository accounts, ChangeRecorder changes) {
        this.directory = directory;
        this.accounts = accounts;
        this.changes = changes;
    }

    @PreAuthorize(Access.ADMIN)
    public UserSummary create(String username, String displayName, String rawPassword, Role role) {
        UserAccount actor = changes.actor();
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
        changes.record(actor, Change.of("USER_CREATED", "USER", created.id()).after(created));
        changes.publish(new UserAccountChanged(username, "CREATED", changes.now(), actor.getUsername()));
        return created;
    }

    @PreAuthorize(Access.ADMIN)
    public UserSummary changeRole(String username, Role role) {
        UserAccount actor = changes.actor();
        if (role == null) throw new InvalidInputException("role", "Choose a role.");
        UserAccount account = require(username);
        UserSummary before = UserSummary.of(account);
        account.changeRole(role);
        return recorded(actor, account, before, "ROLE_CHANGED");
    }

    @PreAuthorize(Access.ADMIN)
    public UserSummary disable(String username) {
        UserAccount actor = changes.actor();
        UserAccount account = require(username);
        if (account.getUsername().equals(actor.getUsername())) {
            throw new InvalidInputException("username", "You cannot disable your own account.");
        }
        UserSummary before = UserSummary.of(account);
        account.disable();
        return recorded(actor, account, before, "DISABLED");
    }

    private UserSummary recorded(UserAccount actor, UserAccount account, UserSummary before, String change) {
        accounts.flush();
        UserSummary after = UserSummary.of(account);
        changes.record(actor, Change.of("USER_" + change, "USER", account.getId()).before(before).after(after));
        changes.publish(new UserAccountChanged(account.getUsername(), change, changes.now(), actor.getUsername()));
        return after;
    }

    private UserAccount require(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }
}
