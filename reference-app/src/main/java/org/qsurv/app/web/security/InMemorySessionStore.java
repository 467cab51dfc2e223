package org.qsurv.app.web.security;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * Sessions in this process's memory: they end when the server stops, which for the reference
 * application is the intended behaviour (everyone signs in again). Thread-safe.
 */
public final class InMemorySessionStore implements SessionStore {
  private final ConcurrentMap<SessionId, Session> sessions = new ConcurrentHashMap<>();

  @Override
  public Optional<Session> find(SessionId id) {
    return Optional.ofNullable(sessions.get(id));
  }

  @Override
  public void save(Session session) {
    sessions.put(session.id(), session);
  }

  @Override
  public boolean update(Session session) {
    return sessions.replace(session.id(), session) != null;
  }

  @Override
  public void remove(SessionId id) {
    sessions.remove(id);
  }

  @Override
  public void removeIf(Predicate<Session> condition) {
    sessions.values().removeIf(condition);
  }

  /** How many sessions are held, expired or not. */
  public int size() {
    return sessions.size();
  }
}
