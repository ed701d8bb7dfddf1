package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factbench.core.comment.CommentView;
import org.factbench.core.user.UserRef;

/**
 * The claim's comments, oldest first, and the box to write one. Mentions of known users are marked; the body
 * stays text. The box keeps a half-written comment when the thread refreshes.
 */
final class CommentThread extends Div {

    // The same pattern core finds mentions with (core.comment.Mentions), so what is marked is what notified.
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?)");

    final Div list = new Div();
    final TextArea body = new TextArea(getTranslation("workspace.comments.write"));
    final Button send = new Button(getTranslation("workspace.comments.send"));

    CommentThread(Consumer<String> onSend) {
        addClassName("fb-comment-thread");
        list.addClassName("fb-comments");
        list.getElement().setAttribute("role", "log");
        body.setId("fb-comment-body");
        send.setId("fb-comment-send");
        body.setWidthFull();
        body.setMaxLength(10000);
        body.setPlaceholder(getTranslation("workspace.comments.placeholder"));
        body.setHelperText(getTranslation("workspace.comments.shortcut"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(event -> onSend.accept(body.getValue()));
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(body);
        add(new H3(getTranslation("workspace.comments.title")), list, body, send);
    }

    void show(List<CommentView> comments, boolean mayComment) {
        list.removeAll();
        if (comments.isEmpty()) list.add(new Paragraph(getTranslation("workspace.comments.none")));
        comments.forEach(c -> list.add(comment(c)));
        body.setVisible(mayComment);
        send.setVisible(mayComment);
    }

    void sent() {
        body.clear();
        body.setInvalid(false);
    }

    void showError(String message) {
        body.setErrorMessage(message);
        body.setInvalid(true);
    }

    private Div comment(CommentView c) {
        Span who = new Span(c.author().displayName());
        who.addClassName("fb-comment-author");
        Span when = new Span(" · " + ClaimWorkspaceView.WHEN.format(c.createdAt())
                + (c.editedAt() == null ? "" : " · " + getTranslation("workspace.comments.edited")));
        when.addClassName("fb-meta");
        Div box = new Div(new Div(who, when), withMentions(c.body(),
                c.mentions().stream().map(UserRef::username).collect(Collectors.toSet())));
        box.addClassName("fb-comment");
        return box;
    }

    /** The body as text nodes, with each {@code @name} of a mentioned user in its own marked span. */
    static Paragraph withMentions(String body, Set<String> mentioned) {
        Paragraph text = new Paragraph();
        text.addClassName("fb-comment-body");
        Matcher m = MENTION.matcher(body);
        int at = 0;
        while (m.find()) {
            if (!mentioned.contains(m.group(1))) continue;
            if (m.start() > at) text.add(new Span(body.substring(at, m.start())));
            Span mention = new Span(m.group());
            mention.addClassName("fb-mention");
            text.add(mention);
            at = m.end();
        }
        if (at < body.length()) text.add(new Span(body.substring(at)));
        return text;
    }
}
