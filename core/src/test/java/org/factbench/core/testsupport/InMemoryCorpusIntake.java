package org.factbench.core.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.factbench.core.intake.CorpusIntake;
import org.factbench.core.intake.IntakeFile;
import org.factbench.core.intake.IntakeProgress;
import org.factbench.core.intake.IntakeReport;
import org.springframework.stereotype.Component;

/** Core's intake port in memory: counts every file as one new article. The indexer's is tested on Elasticsearch. */
@Component
public class InMemoryCorpusIntake implements CorpusIntake {

    private final List<String> loaded = new CopyOnWriteArrayList<>();

    @Override
    public IntakeReport load(List<IntakeFile> files, IntakeProgress progress) {
        files.forEach(file -> loaded.add(file.name()));
        progress.update(files.size(), files.size());
        return new IntakeReport(files.size(), files.size(), 0, 0, 0, 0, List.of(), List.of());
    }

    public List<String> loaded() {
        return List.copyOf(loaded);
    }
}
