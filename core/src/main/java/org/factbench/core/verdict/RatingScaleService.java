package org.factbench.core.verdict;

import java.util.List;
import org.factbench.core.shared.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The configured scale for verdict pickers, meters and legends. */
@Service
public class RatingScaleService {

    private final RatingScaleProperties scale;

    RatingScaleService(RatingScaleProperties scale) {
        this.scale = scale;
    }

    /** Best to worst, in the configured order. */
    @PreAuthorize(Access.CHECKER)
    public List<Rating> ratings() {
        return scale.ratings();
    }
}
