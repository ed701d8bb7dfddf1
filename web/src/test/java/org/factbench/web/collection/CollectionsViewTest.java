package org.factbench.web.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.factbench.core.collection.CollectionService;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WebTest
@ViewPackages(classes = FactbenchApplication.class)
class CollectionsViewTest extends SpringBrowserlessTest {

    @Autowired
    CollectionService collections;

    @Test
    @WithUserDetails("editor")
    void an_editor_creates_a_collection_and_it_is_listed_as_text() {
        CollectionsView view = navigate(CollectionsView.class);
        String name = "Press conference <img src=x onerror=alert(1)> " + System.nanoTime();
        test(view.form.name).setValue(name);
        test(view.form.description).setValue("Claims made on 10 January");
        test(view.form.save).click();

        assertThat(collections.all()).anySatisfy(c -> assertThat(c.name()).isEqualTo(name));
        boolean listed = false;
        for (int row = 0; row < test(view.list).size(); row++) {
            listed |= test(view.list).getCellText(row, 0).equals(name);
        }
        assertThat(listed).isTrue();
        assertThat(view.form.name.getValue()).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void a_nameless_collection_is_refused_with_the_reason() {
        CollectionsView view = navigate(CollectionsView.class);
        test(view.form.description).setValue("kept");
        test(view.form.save).click();

        assertThat(view.form.error.getText()).isNotBlank();
        assertThat(view.form.description.getValue()).isEqualTo("kept");
    }

    @Test
    @WithUserDetails("checker")
    void a_checker_sees_the_collections_but_no_form() {
        CollectionsView view = navigate(CollectionsView.class);

        assertThat(view.form.isVisible()).isFalse();
        assertThat(view.list.isVisible()).isTrue();
    }
}
