package org.factbench.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.factbench.core.testsupport.Actors;
import org.factbench.core.testsupport.CoreSpringTest;
import org.factbench.core.testsupport.TestUsers;
import org.factbench.core.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Runs every service operation as every role (and without login) and compares allowed/refused with the
 * one table {@code security/access-matrix.csv}. Each call gets fresh, valid data, so "allowed" means the
 * operation really ran, and any error other than a refusal fails the test.
 */
@CoreSpringTest
class AccessMatrixTest {

    @Autowired ApplicationContext context;
    @Autowired ServiceOperations operations;
    @Autowired TestUsers users;

    @Test
    void the_table_lists_every_public_operation_of_every_core_service_and_each_has_a_call() {
        AccessMatrix matrix = AccessMatrix.load();
        Set<String> declared = new TreeSet<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.factbench.core")) continue;
            Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                    .forEach(m -> declared.add(type.getSimpleName() + "." + m.getName()));
        }
        assertThat(matrix.rows().keySet()).as("rows of access-matrix.csv").containsExactlyInAnyOrderElementsOf(declared);
        assertThat(operations.all().keySet()).as("calls in ServiceOperations").containsExactlyInAnyOrderElementsOf(declared);
        assertThat(matrix.roles()).containsExactly("ANONYMOUS", "CHECKER", "EDITOR", "ADMIN");
    }

    @Test
    void every_operation_is_allowed_or_refused_for_every_role_exactly_as_the_table_says() {
        users.ensure();
        AccessMatrix matrix = AccessMatrix.load();
        List<String> differences = new ArrayList<>();
        int calls = 0;
        for (var row : matrix.rows().entrySet()) {
            Function<String, Runnable> operation = operations.all().get(row.getKey());
            for (var cell : row.getValue().entrySet()) {
                String username = ServiceOperations.usernameFor(cell.getKey());
                Runnable call = operation.apply(username);
                Boolean allowed = runAs(cell.getKey(), username, call);
                calls++;
                if (allowed == null) {
                    differences.add(row.getKey() + " as " + cell.getKey() + ": failed with another error (see log)");
                } else if (allowed != cell.getValue()) {
                    differences.add(row.getKey() + " as " + cell.getKey() + ": " + (allowed ? "allowed" : "refused")
                            + ", table says " + (cell.getValue() ? "allowed" : "refused"));
                }
            }
        }
        assertThat(differences).as("differences from access-matrix.csv").isEmpty();
        assertThat(calls).isEqualTo(matrix.rows().size() * 4);
    }

    /** True when the call ran, false when security refused it, null for any other failure. */
    private static Boolean runAs(String role, String username, Runnable call) {
        Supplier<Boolean> attempt = () -> {
            try {
                call.run();
                return true;
            } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException refused) {
                return false;
            } catch (RuntimeException other) {
                System.err.println("Unexpected failure as " + role + ": " + other);
                return null;
            }
        };
        return role.equals("ANONYMOUS") ? Actors.anonymous(attempt) : Actors.as(username, Role.valueOf(role), attempt);
    }
}
