package org.factbench.web.support;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.factbench.core.corpus.*;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@TestConfiguration
public class ScratchGlue {
    @Bean SourceCorpus sourceCorpus() {
        return new SourceCorpus() {
            public PassagePage searchPassages(PassageQuery q) {
                var hit = new PassageHit("p1","a1",1,"T","Azernews",null,"en",0,10,
                    new HighlightedText(List.of(new HighlightedText.Segment("the ",false),new HighlightedText.Segment("first",true),new HighlightedText.Segment(" <script>x</script>",false))),2.5);
                return new PassagePage(List.of(hit),1,q.page(),q.size());
            }
            public Optional<ArticleText> latest(String id) { return Optional.empty(); }
            public Optional<ArticleText> version(String id, int v) { return Optional.empty(); }
            public List<ArticleVersionSummary> versions(String id) { return List.of(); }
        };
    }
}
