package org.factbench.core.intake;

import java.nio.file.Path;

/** A file to load: where its bytes are now, and the name the user gave it (its extension decides the format). */
public record IntakeFile(String name, Path content) {
}
