package org.factbench.core.matching;

import java.util.List;

/** What the activity log keeps of a merge: which links and comments moved, so it can be traced and undone by hand. */
record MergeRecord(long duplicateId, long targetId, List<Long> movedEvidenceIds, List<Long> movedCommentIds) {
}
