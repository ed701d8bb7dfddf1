package org.factbench.web.api;

import java.net.URI;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.NotFoundException;
import org.factbench.core.shared.StaleEditException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error of the API as problem+json (RFC 9457) in words a developer can act on. Unexpected failures are
 * logged with their stack trace and answered without one.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String TYPES = "https://factbench.org/problems/";

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "Invalid input", e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        // Records validate in their constructors; Jackson wraps that refusal, which is the message worth showing.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) return invalid(invalid);
        }
        return problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
                "The body is not the JSON this endpoint takes; see /v3/api-docs.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter",
                "Parameter " + e.getName() + " cannot be " + quoted(e.getValue()) + ".");
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(StaleEditException.class)
    ProblemDetail stale(StaleEditException e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "stale-edit", "Changed by someone else",
                e.subject() + " " + e.subjectId() + " is no longer at version " + e.expectedVersion()
                        + ". Nothing was saved: GET it again for the current version and ETag, then retry.");
        problem.setProperty("expectedVersion", e.expectedVersion());
        return problem;
    }

    @ExceptionHandler(MissingIfMatchException.class)
    ProblemDetail missingIfMatch(MissingIfMatchException e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match required", e.getMessage());
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return problem(HttpStatus.BAD_REQUEST, "missing-header", "Missing header", "Send the " + e.getHeaderName() + " header.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "Your role does not allow this.");
    }

    @ExceptionHandler(CorpusUnavailableException.class)
    ProblemDetail corpusDown(CorpusUnavailableException e) {
        log.warn("API call needed the corpus, which is unavailable: {}", e.toString());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", "Search unavailable",
                "The article corpus cannot be reached right now; retry in a minute.");
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("API call failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "Something went wrong on our side; it is logged. Retry, and tell the administrators if it persists.");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }

    private static String quoted(Object value) {
        String text = String.valueOf(value);
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
    }
}
