package org.qsurv.app.web.security;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where sessions are kept: a port, so that an embedding system can keep them in its own store
 * (a database, a shared cache) and several server instances can share them. The reference
 * application keeps them in memory ({@link InMemorySessionStore}). Implementations must be safe
 * for concurrent use.
 */
public interface SessionStore {
  /** The session with this id, if there is one. */
  Optional<Session> find(SessionId id);

  /** Stores a new session, replacing any with the same id. */
  void save(Session session);

  /**
   * Replaces the stored session with the same id, only if there still is one, and says whether
   * there was: a request that resumed a session must not bring it back after a concurrent sign-out
   * removed it.
   */
  boolean update(Session session);

  /** Forgets the session with this id; nothing happens if there is none. */
  void remove(SessionId id);

  /** Forgets every session that matches: used to purge expired sessions. */
  void removeIf(Predicate<Session> condition);
}
