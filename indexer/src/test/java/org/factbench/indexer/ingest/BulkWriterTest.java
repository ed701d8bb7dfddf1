package org.factbench.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class BulkWriterTest {

    @Test
    void tooManyRequestsAndServerErrorsAreRetriedClientErrorsAreNot() {
        assertThat(BulkWriter.retryableStatus(429)).isTrue();
        assertThat(BulkWriter.retryableStatus(503)).isTrue();
        assertThat(BulkWriter.retryableStatus(400)).isFalse();
        assertThat(BulkWriter.retryableStatus(409)).isFalse();
        assertThat(BulkWriter.retryable(new ConnectException("refused"))).isTrue();
        assertThat(BulkWriter.retryable(new IllegalStateException("bug"))).isFalse();
        assertThat(BulkWriter.retryable(new RuntimeException(new IOException("reset")))).isTrue();
    }
}
