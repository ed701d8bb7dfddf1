package org.factbench.indexer.local;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FactbenchDataDirectoryTest {

    @Test
    void the_property_wins_over_the_environment_variable() {
        Path resolved = FactbenchDataDirectory.resolve(name -> name.equals("factbench.data-dir") ? "/srv/fb" : null,
                Map.of("FACTBENCH_DATA_DIR", "/elsewhere"), false);

        assertThat(resolved).isEqualTo(Path.of("/srv/fb"));
    }

    @Test
    void the_environment_variable_is_used_when_no_property_is_set() {
        assertThat(FactbenchDataDirectory.resolve(name -> null, Map.of("FACTBENCH_DATA_DIR", "/data/fb"), true))
                .isEqualTo(Path.of("/data/fb"));
    }

    @Test
    void root_defaults_outside_its_own_home_which_nobody_cannot_enter() {
        assertThat(FactbenchDataDirectory.resolve(name -> null, Map.of(), true))
                .isEqualTo(Path.of("/var/lib/factbench"));
    }

    @Test
    void an_ordinary_user_defaults_to_the_xdg_data_home() {
        assertThat(FactbenchDataDirectory.resolve(name -> null, Map.of("XDG_DATA_HOME", "/home/ana/.data"), false))
                .isEqualTo(Path.of("/home/ana/.data/factbench"));
        assertThat(FactbenchDataDirectory.resolve(name -> null, Map.of(), false))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local/share/factbench"));
    }
}
