package org.factbench.indexer.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Who runs Elasticsearch. Elasticsearch refuses to run as root, so when this JVM is root the node runs as
 * {@code nobody} (through {@code setpriv}) and every directory it writes must belong to that user.
 */
record ProcessUser(boolean isRoot) {

    static final String UNPRIVILEGED_USER = "nobody";
    private static final List<String> UNPRIVILEGED_GROUPS = List.of("nogroup", "nobody");

    static ProcessUser current() {
        try {
            // /proc/self belongs to the effective user of this process.
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return new ProcessUser(uid instanceof Integer id && id == 0);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return new ProcessUser("root".equals(System.getProperty("user.name")));
        }
    }

    /** The user Elasticsearch runs as: this one, or {@code nobody} when this one is root. */
    String nodeUser() {
        return isRoot ? UNPRIVILEGED_USER : System.getProperty("user.name");
    }

    String nodeGroup() {
        UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
        for (String group : UNPRIVILEGED_GROUPS) {
            try {
                lookup.lookupPrincipalByGroupName(group);
                return group;
            } catch (IOException notThere) {
                // try the next conventional name
            }
        }
        throw new LocalElasticsearchException(LocalElasticsearchException.Problem.UNPRIVILEGED_USER_MISSING,
                "Running as root, Factbench starts Elasticsearch as user 'nobody' with group 'nogroup' or 'nobody', "
                        + "but this system has neither group. Run Factbench as an ordinary user instead of root.");
    }

    /** Gives a directory tree to the node user (only needed when root). */
    void handOver(Path tree) {
        if (!isRoot || !Files.exists(tree)) {
            return;
        }
        try {
            UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
            UserPrincipal user = lookup.lookupPrincipalByName(UNPRIVILEGED_USER);
            GroupPrincipal group = lookup.lookupPrincipalByGroupName(nodeGroup());
            Files.walkFileTree(tree, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    own(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    own(file);
                    return FileVisitResult.CONTINUE;
                }

                private void own(Path path) throws IOException {
                    PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (!user.equals(view.readAttributes().owner())) {
                        view.setOwner(user);
                    }
                    view.setGroup(group);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not give " + tree + " to user " + UNPRIVILEGED_USER, e);
        }
    }

    /**
     * Creates {@code directory} and its missing parents. As root they are made {@code rwxr-xr-x} whatever the
     * umask, so that the node user can pass through them.
     */
    void createDirectories(Path directory) {
        Path absolute = directory.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path dir = absolute; dir != null && !Files.exists(dir); dir = dir.getParent()) {
            missing.push(dir);
        }
        try {
            for (Path dir : missing) {
                Files.createDirectories(dir);
                if (isRoot) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(
                            "rwxr-xr-x"));
                }
            }
        } catch (IOException e) {
            throw new LocalElasticsearchException(LocalElasticsearchException.Problem.OTHER,
                    "Could not create " + absolute + ": " + e.getMessage()
                            + ". Set FACTBENCH_DATA_DIR to a directory you can write to.", e);
        }
    }

    /**
     * Checks that the node user can reach {@code path}: as root, every parent directory must be searchable
     * by others (root's home, mode 700, is not).
     */
    void requireReachable(Path path, String what, String howToFix) {
        if (!isRoot) {
            return;
        }
        for (Path dir = path.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
                if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new LocalElasticsearchException(LocalElasticsearchException.Problem.DIRECTORY_NOT_REACHABLE,
                            "Running as root, Factbench starts Elasticsearch as user 'nobody', but 'nobody' cannot reach "
                                    + what + " " + path + " because " + dir + " is closed to other users (mode "
                                    + PosixFilePermissions.toString(permissions) + "). "
                                    + howToFix);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
