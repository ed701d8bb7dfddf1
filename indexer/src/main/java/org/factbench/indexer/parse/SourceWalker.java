package org.factbench.indexer.parse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Expands the paths a user gave into files, directories recursively in name order (so runs are
 * repeatable). Inside directories it skips hidden entries and sidecar metadata files, which are read with
 * the file they describe. Only one directory listing is held at a time, so huge trees stay cheap.
 */
final class SourceWalker {

    private SourceWalker() {
    }

    static void walk(Path root, Consumer<Path> files, BiConsumer<Path, String> problems) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.exists(root)) {
            problems.accept(root, "no such file or directory");
        } else if (Files.isDirectory(root)) {
            walkDirectory(root, files, problems);
        } else if (SidecarMetadata.isSidecar(root)) {
            problems.accept(root, "this is a metadata file; it is read together with the article file of the same name, not on its own");
        } else if (Files.isRegularFile(root)) {
            files.accept(root);
        } else {
            problems.accept(root, "not a regular file or directory");
        }
    }

    private static void walkDirectory(Path directory, Consumer<Path> files, BiConsumer<Path, String> problems) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                children.add(entry);
            }
        } catch (AccessDeniedException e) {
            problems.accept(directory, "permission denied: cannot list this directory");
            return;
        } catch (NoSuchFileException e) {
            problems.accept(directory, "directory disappeared while it was being read");
            return;
        } catch (IOException e) {
            problems.accept(directory, "cannot list this directory: " + e.getMessage());
            return;
        }
        children.sort(Path::compareTo);
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".") || SidecarMetadata.isSidecar(child)) {
                continue;
            }
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                walkDirectory(child, files, problems);
            } else if (Files.isDirectory(child)) {
                // a link to a directory could loop back to an ancestor; the user can name its target directly
                problems.accept(child, "symbolic link to a directory not followed; give its target as a path to read it");
            } else if (Files.isRegularFile(child)) {
                files.accept(child);
            } else if (Files.isSymbolicLink(child)) {
                problems.accept(child, brokenLink(child));
            }
        }
    }

    /** Why a symbolic link leads to no file: a loop of links (reported like the directory loops) or a missing target. */
    private static String brokenLink(Path link) {
        try {
            link.toRealPath();
            return "symbolic link not followed: its target is not a regular file";
        } catch (NoSuchFileException e) {
            return "symbolic link to a file that does not exist; not followed";
        } catch (FileSystemException e) {
            // ELOOP: "Too many levels of symbolic links"
            return "symbolic link loop: the link leads back to itself through other links; not followed";
        } catch (IOException e) {
            return "symbolic link cannot be followed: " + e.getMessage();
        }
    }
}
