/**
 * The REST API under {@code /api/v1}: the same core services as the screens, reached with a user's API token
 * (bearer), with the same role checks; problem+json errors; ETags carrying the optimistic-lock version.
 */
package org.factbench.web.api;
