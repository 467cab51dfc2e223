/**
 * The JSON HTTP API for systems in other languages, under {@code /api/v1} (docs/api.md), described
 * by the OpenAPI 3.1 document it serves at {@code /api/v1/openapi.json}: evaluating a snapshot
 * (stateless), reading the stored assessment, risks, cases and findings as of a date, page by page,
 * and recording an escalation decision through the same case commands and authority table as the
 * forms. Clients authenticate with bearer tokens ({@link org.qsurv.app.api.TokenSecrets}) scoped
 * to a role and organisation; every call is audited. It is served by the web application's server
 * beside the pages but behind its own gate ({@link org.qsurv.app.api.ApiGate}): the API never
 * accepts the session cookie and the pages never accept a token.
 */
package org.qsurv.app.api;
