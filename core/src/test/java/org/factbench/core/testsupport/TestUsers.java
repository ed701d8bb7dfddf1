package org.factbench.core.testsupport;

import java.util.function.Supplier;
import org.factbench.core.user.Role;
import org.factbench.core.user.UserDirectory;
import org.springframework.stereotype.Component;

/** The people of core's tests; created once per database (ensureUser is idempotent). */
@Component
public class TestUsers {

    public static final String CHECKER = "checker";
    public static final String CHECKER2 = "checker2";
    public static final String EDITOR = "editor";
    public static final String EDITOR2 = "editor2";
    public static final String ADMIN = "admin";

    private final UserDirectory directory;
    private volatile boolean created;

    TestUsers(UserDirectory directory) {
        this.directory = directory;
    }

    public void ensure() {
        if (created) return;
        synchronized (this) {
            directory.ensureUser(CHECKER, "Chris Checker", "secret-1", Role.CHECKER);
            directory.ensureUser(CHECKER2, "Cleo Checker", "secret-2", Role.CHECKER);
            directory.ensureUser(EDITOR, "Eddie Editor", "secret-3", Role.EDITOR);
            directory.ensureUser(EDITOR2, "Erin Editor", "secret-4", Role.EDITOR);
            directory.ensureUser(ADMIN, "Ada Admin", "secret-5", Role.ADMIN);
            created = true;
        }
    }

    public <T> T checker(Supplier<T> action) {
        ensure();
        return Actors.as(CHECKER, Role.CHECKER, action);
    }

    public <T> T checker2(Supplier<T> action) {
        ensure();
        return Actors.as(CHECKER2, Role.CHECKER, action);
    }

    public <T> T editor(Supplier<T> action) {
        ensure();
        return Actors.as(EDITOR, Role.EDITOR, action);
    }

    public <T> T editor2(Supplier<T> action) {
        ensure();
        return Actors.as(EDITOR2, Role.EDITOR, action);
    }

    public <T> T admin(Supplier<T> action) {
        ensure();
        return Actors.as(ADMIN, Role.ADMIN, action);
    }
}
