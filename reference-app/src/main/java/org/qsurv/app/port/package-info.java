/**
 * The ports: what the reference application needs from the world outside the domain, each an
 * interface named for that need. The application's commands and pages talk only
 * to these; {@code org.qsurv.app.jdbc} holds one adapter per port for the reference application's
 * own database (H2 or PostgreSQL), and an ICB system that embeds qsurv replaces an adapter with its
 * own: its data warehouse behind {@link org.qsurv.app.port.ObservationFeed}, its identity provider
 * behind {@link org.qsurv.app.port.Directory}, its clock. {@link org.qsurv.app.port.Ports} bundles
 * one of each; {@code docs/embedding.md} shows how.
 *
 * <p>Contract shared by every port: no method returns {@code null} (absent values are
 * {@code Optional}, lists are Guava immutable lists), every write is atomic (all of it or none of
 * it), and a failure of the underlying store is a {@link org.qsurv.app.port.StoreException}.
 */
package org.qsurv.app.port;
