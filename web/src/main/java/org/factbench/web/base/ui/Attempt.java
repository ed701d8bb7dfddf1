package org.factbench.web.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.factbench.core.claim.IllegalTransitionException;
import org.factbench.core.claim.PublishNotAllowedException;
import org.factbench.core.comment.NotTheAuthorException;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.NotFoundException;
import org.factbench.core.shared.StaleEditException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * One user action against core, with the one way every screen handles what core refuses:
 * <ul>
 *   <li>{@link StaleEditException}: the {@link StaleEditDialog} says so, the screen reloads the fresh state, and
 *       what the user tried to save ({@code attempted()}) is handed back so the form keeps their text;</li>
 *   <li>{@link InvalidInputException}: the field's error message, input untouched;</li>
 *   <li>other refusals core explains in words (not allowed, wrong status, gone, search down): a notification
 *       with that explanation. Anything else is a bug and goes to the error handler, never as a stack trace
 *       into the page.</li>
 * </ul>
 * Usage: {@code Attempt.of(() -> service.save(...)).onInvalid(form::showError).onStale(reload, form::restore).run()}.
 */
public final class Attempt<T> {

    private static final Logger log = LoggerFactory.getLogger(Attempt.class);

    private final Supplier<T> action;
    private BiConsumer<String, String> invalid = (field, message) -> tellRefused(message);
    private Runnable reload = () -> { };
    private Consumer<Object> keep = attempted -> { };

    private Attempt(Supplier<T> action) {
        this.action = action;
    }

    public static <T> Attempt<T> of(Supplier<T> action) {
        return new Attempt<>(action);
    }

    /** For an action without a result: {@link #run()} then holds {@code true} when it went through. */
    public static Attempt<Boolean> doing(Runnable action) {
        return new Attempt<>(() -> {
            action.run();
            return Boolean.TRUE;
        });
    }

    /** Where a field's error goes: {@code (field, message)} with core's field name. */
    public Attempt<T> onInvalid(BiConsumer<String, String> fieldError) {
        this.invalid = fieldError;
        return this;
    }

    /** How to load the fresh state, and how to put the user's attempted command back into the form afterwards. */
    public Attempt<T> onStale(Runnable reloadFresh, Consumer<Object> keepAttempted) {
        this.reload = reloadFresh;
        this.keep = keepAttempted;
        return this;
    }

    /** The action's result, or empty when core refused it (the user has been told why). */
    public Optional<T> run() {
        try {
            return Optional.ofNullable(action.get());
        } catch (StaleEditException e) {
            reload.run();
            keep.accept(e.attempted());
            StaleEditDialog.show(e);
        } catch (InvalidInputException e) {
            invalid.accept(e.field(), e.getMessage());
        } catch (PublishNotAllowedException | IllegalTransitionException | NotFoundException | NotTheAuthorException e) {
            tellRefused(e.getMessage());
        } catch (CorpusUnavailableException e) {
            // Its message names hosts and exceptions: for the log (the banner's details), not for the user.
            log.warn("Search was unavailable for a user action: {}", e.getMessage());
            tellRefused(UI.getCurrent().getTranslation("status.search-failed"));
        } catch (AccessDeniedException e) {
            tellRefused(UI.getCurrent().getTranslation("edits.denied"));
        }
        return Optional.empty();
    }

    /** Tells the user that something was refused and why, the way every refusal is shown. */
    public static void tellRefused(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("fb-refused");
    }
}
