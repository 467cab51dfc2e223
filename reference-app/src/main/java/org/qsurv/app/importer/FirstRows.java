package org.qsurv.app.importer;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.qsurv.app.port.ObservationKey;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The distinct keys of an import's observations, each with the first row that has it, without an
 * object per row: each distinct provider, indicator and period is numbered in order of first
 * appearance, and a key is its three numbers in an open-addressing table of primitive arrays (a
 * million rows' keys were a million {@link ObservationKey}s, map entries and {@code Integer}s,
 * most of what the collector copied while an import was checked; docs/scale.md, Goal 3). As a
 * set of {@link ObservationKey}s (what {@code ObservationFeed.recorded} is asked with) it makes
 * each key as it is iterated.
 */
final class FirstRows extends AbstractSet<ObservationKey> {
  private final Numbers<OrganisationCode> providers = new Numbers<>();
  private final Numbers<IndicatorId> indicators = new Numbers<>();
  private final Numbers<Period> periods = new Numbers<>();
  /** Per slot: the provider's number + 1 (0 for an empty slot). */
  private int[] slotProviders;
  /** Per slot: the indicator's number in the high half, the period's in the low half. */
  private long[] slotRest;
  private int[] slotFirsts;
  private int size;

  FirstRows(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2;
    slotProviders = new int[capacity];
    slotRest = new long[capacity];
    slotFirsts = new int[capacity];
  }

  /** Records that {@code index} has its observation's key; the first index that had it, or -1. */
  int putIfAbsent(Observation o, int index) {
    int provider = providers.number(o.provider()) + 1;
    long rest = (long) indicators.number(o.indicator()) << 32 | periods.number(o.period());
    int slot = slot(provider, rest);
    if (slotProviders[slot] != 0) {
      return slotFirsts[slot];
    }
    slotProviders[slot] = provider;
    slotRest[slot] = rest;
    slotFirsts[slot] = index;
    if (++size * 2 > slotProviders.length) {
      grow();
    }
    return -1;
  }

  private int slot(int provider, long rest) {
    long hash = (provider * 0x9E3779B97F4A7C15L) ^ (rest * 0xC2B2AE3D27D4EB4FL);
    int mask = slotProviders.length - 1;
    int slot = (int) (hash ^ (hash >>> 32)) & mask;
    while (slotProviders[slot] != 0
        && (slotProviders[slot] != provider || slotRest[slot] != rest)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    int[] oldProviders = slotProviders;
    long[] oldRest = slotRest;
    int[] oldFirsts = slotFirsts;
    slotProviders = new int[oldProviders.length * 2];
    slotRest = new long[oldProviders.length * 2];
    slotFirsts = new int[oldProviders.length * 2];
    for (int k = 0; k < oldProviders.length; k++) {
      if (oldProviders[k] != 0) {
        int slot = slot(oldProviders[k], oldRest[k]);
        slotProviders[slot] = oldProviders[k];
        slotRest[slot] = oldRest[k];
        slotFirsts[slot] = oldFirsts[k];
      }
    }
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof ObservationKey key)) {
      return false;
    }
    Integer provider = providers.numbers.get(key.provider());
    Integer indicator = indicators.numbers.get(key.indicator());
    Integer period = periods.numbers.get(key.period());
    return provider != null && indicator != null && period != null
        && slotProviders[slot(provider + 1, (long) indicator << 32 | period)] != 0;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<ObservationKey> iterator() {
    return new Iterator<>() {
      private int slot = next(0);

      private int next(int from) {
        int k = from;
        while (k < slotProviders.length && slotProviders[k] == 0) {
          k++;
        }
        return k;
      }

      @Override
      public boolean hasNext() {
        return slot < slotProviders.length;
      }

      @Override
      public ObservationKey next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ObservationKey key = new ObservationKey(providers.values.get(slotProviders[slot] - 1),
            indicators.values.get((int) (slotRest[slot] >>> 32)),
            periods.values.get((int) slotRest[slot]));
        slot = next(slot + 1);
        return key;
      }
    };
  }

  /** Distinct values numbered 0, 1, 2... in order of first appearance. */
  private static final class Numbers<T> {
    final Map<T, Integer> numbers = new HashMap<>();
    final List<T> values = new ArrayList<>();
    private T last;
    private int lastNumber;

    int number(T value) {
      if (value == last) {
        return lastNumber;
      }
      Integer n = numbers.get(value);
      if (n == null) {
        n = values.size();
        numbers.put(value, n);
        values.add(value);
      }
      last = value;
      lastNumber = n;
      return n;
    }
  }
}
