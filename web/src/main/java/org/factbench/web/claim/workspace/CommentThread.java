package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factbench.core.comment.CommentView;
import org.factbench.core.user.UserRef;
import org.factbench.web.base.ui.ListHeight;

/**
 * The claim's comments, oldest first, and the box to write one. Mentions of known users are marked; the body
 * stays text: the browser draws each comment from a template that binds every part as text (a component tree per
 * comment was kept on the server for every open tab; see {@link EvidencePanel}). The box keeps a half-written
 * comment when the thread refreshes.
 */
final class CommentThread extends Div {

    // The same pattern core finds mentions with (core.comment.Mentions), so what is marked is what notified.
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?)");
    private static final String COMMENT = """
            <div class="fb-comment"><div><span class="fb-comment-author">${item.author}</span><span class="fb-meta"
              > · ${item.when}</span></div><p class="fb-comment-body">${(item.parts || []).map(part => part.mention
              ? html`<span class="fb-mention">${part.text}</span>` : part.text)}</p></div>""";
    private static final double COMMENT_REM = 5;

    final VirtualList<CommentView> list = new VirtualList<>();
    final Paragraph none = new Paragraph(getTranslation("workspace.comments.none"));
    final TextArea body = new TextArea(getTranslation("workspace.comments.write"));
    final Button send = new Button(getTranslation("workspace.comments.send"));
    private List<CommentView> shown = List.of();

    CommentThread(Consumer<String> onSend) {
        addClassName("fb-comment-thread");
        list.addClassName("fb-comments");
        list.getElement().setAttribute("aria-label", getTranslation("workspace.comments.title"));
        list.setRenderer(LitRenderer.<CommentView>of(COMMENT)
                .withProperty("author", c -> c.author().displayName())
                .withProperty("when", this::when)
                .withProperty("parts", c -> parts(c.body(), c.mentions().stream().map(UserRef::username).collect(Collectors.toSet()))));
        body.setId("fb-comment-body");
        send.setId("fb-comment-send");
        body.setWidthFull();
        body.setMaxLength(10000);
        body.setPlaceholder(getTranslation("workspace.comments.placeholder"));
        body.setHelperText(getTranslation("workspace.comments.shortcut"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(event -> onSend.accept(body.getValue()));
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(body);
        add(new H3(getTranslation("workspace.comments.title")), none, list, body, send);
    }

    void show(List<CommentView> comments, boolean mayComment) {
        shown = comments;
        none.setVisible(comments.isEmpty());
        list.setVisible(!comments.isEmpty());
        list.setItems(comments);
        ListHeight.fit(list, comments.size() * COMMENT_REM, "50vh");
        // The newest comment is the one being answered: a long thread opens at its end.
        if (!comments.isEmpty()) list.scrollToEnd();
        body.setVisible(mayComment);
        send.setVisible(mayComment);
    }

    /** The comments shown, oldest first. */
    List<CommentView> shown() {
        return shown;
    }

    void sent() {
        body.clear();
        body.setInvalid(false);
    }

    void showError(String message) {
        body.setErrorMessage(message);
        body.setInvalid(true);
    }

    String when(CommentView c) {
        return ClaimWorkspaceView.WHEN.format(c.createdAt()) + (c.editedAt() == null ? "" : " · " + getTranslation("workspace.comments.edited"));
    }

    /** The body cut into text and the {@code @name} of each mentioned user, in order. */
    static List<CommentPart> parts(String body, Set<String> mentioned) {
        List<CommentPart> parts = new ArrayList<>();
        Matcher m = MENTION.matcher(body);
        int at = 0;
        while (m.find()) {
            if (!mentioned.contains(m.group(1))) continue;
            if (m.start() > at) parts.add(new CommentPart(body.substring(at, m.start()), false));
            parts.add(new CommentPart(m.group(), true));
            at = m.end();
        }
        if (at < body.length()) parts.add(new CommentPart(body.substring(at), false));
        return parts;
    }
}
