package org.factbench.web.demo;

import org.factbench.core.user.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Creates the demo users at start-up in the demo profile; existing users are left as they are. */
@Component
@Profile(DemoAccounts.PROFILE)
class DemoUserSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUserSeeder.class);

    private final DemoAccounts accounts;
    private final UserDirectory users;

    DemoUserSeeder(DemoAccounts accounts, UserDirectory users) {
        this.accounts = accounts;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.all().forEach(account -> users.ensureUser(
                account.username(), account.displayName(), account.password(), account.role()));
        log.info("Demo profile: users {} can log in (password = user name)",
                accounts.all().stream().map(DemoAccounts.DemoAccount::username).toList());
    }
}
