package org.factbench.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.factbench.web.security.LoginView;
import org.factbench.web.support.ScratchGlue;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@WebTest
@Import(ScratchGlue.class)
@ViewPackages(classes = {SearchView.class, LoginView.class, org.factbench.web.article.ArticleView.class})
class ScratchSearchViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void anon() {
        navigate("", LoginView.class);
        System.out.println("VIEW " + getCurrentView());
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "checker", roles = "CHECKER")
    void search() {
        SearchView view = navigate(SearchView.class);
        test(view.form.text).setValue("first");
        test(view.form.search).click();
        var card = (HitCard) test(view.results.hits).getItemComponent(0);
        System.out.println("MARKS " + card.passage().marks().size() + " " + card.passage().getElement().getOuterHTML());
    }
}
