package org.factbench.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Stream;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.demo.DemoAccounts;
import org.factbench.web.demo.DemoLoginHint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.mock.env.MockEnvironment;

/**
 * Demo users, their seeding, the sample corpus and the credentials on the login page exist only in the demo
 * profile. Checked on the component scan itself (what Spring would create under a profile) and on the view.
 */
class DemoProfileTest {

    @Test
    void the_prod_profile_creates_nothing_from_the_demo_package() {
        assertThat(demoBeans("prod")).isEmpty();
    }

    @Test
    void the_demo_profile_creates_the_demo_accounts_and_seeders() {
        assertThat(demoBeans("demo")).contains(DemoAccounts.class.getName()).hasSizeGreaterThan(1);
    }

    @Test
    void there_is_one_demo_account_per_role() {
        assertThat(new DemoAccounts().all()).extracting(DemoAccounts.DemoAccount::role)
                .containsExactlyInAnyOrder(org.factbench.core.user.Role.values());
    }

    @Test
    void without_the_demo_profile_the_login_page_shows_no_credentials() {
        LoginView view = new LoginView(List.of());

        assertThat(descendants(view)).noneMatch(component -> component.hasClassName("fb-demo-credentials"));
        assertThat(view.getElement().getTextRecursively()).doesNotContain("checker");
    }

    @Test
    void with_the_demo_profile_the_login_page_shows_every_demo_account() {
        LoginView view = new LoginView(List.of(new DemoLoginHint(new DemoAccounts())));

        assertThat(view.getElement().getTextRecursively()).contains("checker / checker", "editor / editor", "admin / admin");
    }

    private static List<String> demoBeans(String profile) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profile);
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true, environment);
        return scanner.findCandidateComponents(FactbenchApplication.class.getPackageName()).stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(name -> name.startsWith(DemoAccounts.class.getPackageName() + "."))
                .toList();
    }

    private static Stream<com.vaadin.flow.component.HasStyle> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(DemoProfileTest::descendantsOf))
                .filter(com.vaadin.flow.component.HasStyle.class::isInstance)
                .map(com.vaadin.flow.component.HasStyle.class::cast);
    }

    private static Stream<Component> descendantsOf(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(DemoProfileTest::descendantsOf));
    }
}
