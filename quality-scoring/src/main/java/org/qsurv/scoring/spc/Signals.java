package org.qsurv.scoring.spc;

import com.google.common.collect.ImmutableList;

/** The sixteen possible lists of signals, in {@link SpcSignal} order, indexed by signal mask. */
final class Signals {
  // An array, not a list of lists: read once per point of a full chart.
  @SuppressWarnings("unchecked")
  private static final ImmutableList<SpcSignal>[] BY_MASK = new ImmutableList[16];

  static {
    for (int mask = 0; mask < 16; mask++) {
      ImmutableList.Builder<SpcSignal> list = ImmutableList.builder();
      for (SpcSignal s : SpcSignal.values()) {
        if ((mask & s.bit()) != 0) {
          list.add(s);
        }
      }
      BY_MASK[mask] = list.build();
    }
  }

  private Signals() {}

  static ImmutableList<SpcSignal> of(int mask) {
    return BY_MASK[mask];
  }
}
