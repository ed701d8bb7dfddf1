package org.factbench.web.demo;

import org.factbench.core.user.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Creates the demo users in the demo profile; existing users are left as they are. Runs once the beans exist
 * and before the web server opens, so the login page never shows credentials that do not work yet.
 */
@Component
@Profile(DemoAccounts.PROFILE)
class DemoUserSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoUserSeeder.class);

    private final DemoAccounts accounts;
    private final UserDirectory users;

    DemoUserSeeder(DemoAccounts accounts, UserDirectory users) {
        this.accounts = accounts;
        this.users = users;
    }

    @Override
    public void afterSingletonsInstantiated() {
        accounts.all().forEach(account -> users.ensureUser(
                account.username(), account.displayName(), account.password(), account.role()));
        log.info("Demo profile: users {} can log in (password = user name)",
                accounts.all().stream().map(DemoAccounts.DemoAccount::username).toList());
    }
}
