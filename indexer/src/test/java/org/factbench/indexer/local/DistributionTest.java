package org.factbench.indexer.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.factbench.indexer.local.LocalElasticsearchException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DistributionTest {

    @TempDir
    Path temp;

    @Test
    void unpacks_once_keeping_the_exec_bits_and_readable_by_the_node_user() throws IOException {
        Path zip = fakeDistribution();
        Path home = temp.resolve("distribution");

        Path unpacked = Distribution.unpack(zip, home, new ProcessUser(true));

        assertThat(unpacked).isEqualTo(home.resolve("elasticsearch-9.9.9"));
        assertThat(Files.getPosixFilePermissions(unpacked.resolve("bin/elasticsearch")))
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        assertThat(Files.getPosixFilePermissions(unpacked.resolve("config/jvm.options")))
                .contains(PosixFilePermission.OTHERS_READ)
                .doesNotContain(PosixFilePermission.OWNER_EXECUTE);

        Files.writeString(unpacked.resolve("config/jvm.options"), "changed");
        assertThat(Distribution.unpack(zip, home, new ProcessUser(true))).isEqualTo(unpacked);
        assertThat(unpacked.resolve("config/jvm.options")).hasContent("changed");
    }

    @Test
    void a_zip_without_bin_elasticsearch_is_refused_and_leaves_nothing_behind() throws IOException {
        Path zip = temp.resolve("elasticsearch-0.zip");
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            Files.createDirectories(fs.getPath("/elasticsearch-0/lib"));
        }
        Path home = temp.resolve("distribution");

        assertThatThrownBy(() -> Distribution.unpack(zip, home, new ProcessUser(false)))
                .isInstanceOf(LocalElasticsearchException.class)
                .hasMessageContaining("bin/elasticsearch");
        assertThat(home.resolve("elasticsearch-0")).doesNotExist();
    }

    @Test
    void a_missing_zip_says_how_to_get_it() {
        System.setProperty(Distribution.PROPERTY, temp.resolve("nowhere.zip").toString());
        try {
            assertThatThrownBy(Distribution::locateZip)
                    .isInstanceOfSatisfying(LocalElasticsearchException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.DISTRIBUTION_MISSING))
                    .hasMessageContaining("nowhere.zip")
                    .hasMessageContaining("FACTBENCH_ES_DISTRIBUTION");
        } finally {
            System.clearProperty(Distribution.PROPERTY);
        }
    }

    @Test
    void the_build_recorded_zip_is_found_on_the_classpath() {
        assertThat(Distribution.locateZip().getFileName().toString()).isEqualTo("elasticsearch-9.3.2.zip");
    }

    private Path fakeDistribution() throws IOException {
        Path zip = temp.resolve("elasticsearch-9.9.9.zip");
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
                Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
            Path bin = Files.createDirectories(fs.getPath("/elasticsearch-9.9.9/bin"));
            Path config = Files.createDirectories(fs.getPath("/elasticsearch-9.9.9/config"));
            Files.writeString(bin.resolve("elasticsearch"), "#!/bin/bash\n");
            Files.setPosixFilePermissions(bin.resolve("elasticsearch"), PosixFilePermissions.fromString("rwxr-x---"));
            Files.writeString(config.resolve("jvm.options"), "-Xss1m\n");
            Files.setPosixFilePermissions(config.resolve("jvm.options"), PosixFilePermissions.fromString("rw-------"));
        }
        return zip;
    }
}
