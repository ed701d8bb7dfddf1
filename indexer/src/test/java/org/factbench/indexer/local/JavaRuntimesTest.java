package org.factbench.indexer.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.factbench.indexer.local.LocalElasticsearchException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JavaRuntimesTest {

    @TempDir
    Path jvms;

    @Test
    void reads_the_feature_version_from_the_release_file() throws IOException {
        assertThat(JavaRuntimes.version(fakeJdk("jdk-17", "17.0.15"))).hasValue(17);
        assertThat(JavaRuntimes.version(fakeJdk("jdk-21", "21"))).hasValue(21);
        assertThat(JavaRuntimes.version(fakeJdk("jdk-8", "1.8.0_402"))).hasValue(8);
        assertThat(JavaRuntimes.version(jvms.resolve("missing"))).isEmpty();
    }

    @Test
    void the_running_jvm_is_used_when_it_is_new_enough() throws IOException {
        Path running = fakeJdk("running", "25.0.3");
        fakeJdk("jdk-21", "21.0.1");

        assertThat(JavaRuntimes.select(null, running, jvms)).isEqualTo(running);
    }

    @Test
    void otherwise_the_newest_jdk_21_or_later_on_the_machine() throws IOException {
        Path running = fakeJdk("running-17", "17.0.15");
        fakeJdk("jdk-21", "21.0.1");
        Path newest = fakeJdk("jdk-25", "25");

        assertThat(JavaRuntimes.select(null, running, jvms)).isEqualTo(newest);
    }

    @Test
    void none_new_enough_lists_what_was_checked_and_what_to_install() throws IOException {
        Path running = fakeJdk("running-17", "17.0.15");
        fakeJdk("jdk-11", "11.0.2");

        assertThatThrownBy(() -> JavaRuntimes.select(null, running, jvms))
                .isInstanceOfSatisfying(LocalElasticsearchException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NO_SUITABLE_JAVA))
                .hasMessageContaining("needs Java 21")
                .hasMessageContaining("jdk-11 (Java 11)")
                .hasMessageContaining("ES_JAVA_HOME");
    }

    @Test
    void an_explicit_choice_is_taken_as_is_or_refused() throws IOException {
        Path explicit21 = fakeJdk("chosen", "21.0.4");
        Path explicit17 = fakeJdk("old", "17");

        assertThat(JavaRuntimes.select(explicit21, null, null)).isEqualTo(explicit21);
        assertThatThrownBy(() -> JavaRuntimes.select(explicit17, fakeJdk("running", "25"), jvms))
                .hasMessageContaining("Java 17")
                .hasMessageContaining(explicit17.toString());
        assertThatThrownBy(() -> JavaRuntimes.select(jvms.resolve("nothing-here"), null, null))
                .hasMessageContaining("not a JDK");
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name));
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
