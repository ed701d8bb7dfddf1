/**
 * API tokens: a user's credentials for programs (a newsroom's CMS, a bot) calling the REST API. Only a hash of
 * each token is stored; the token itself is shown once, when it is created.
 */
package org.factbench.core.apitoken;
