package org.qsurv.scoring.spc;

import com.google.common.collect.ImmutableList;

/** The sixteen possible lists of signals, in {@link SpcSignal} order, indexed by signal mask. */
final class Signals {
  private static final ImmutableList<ImmutableList<SpcSignal>> BY_MASK;

  static {
    ImmutableList.Builder<ImmutableList<SpcSignal>> all = ImmutableList.builder();
    for (int mask = 0; mask < 16; mask++) {
      ImmutableList.Builder<SpcSignal> list = ImmutableList.builder();
      for (SpcSignal s : SpcSignal.values()) {
        if ((mask & s.bit()) != 0) {
          list.add(s);
        }
      }
      all.add(list.build());
    }
    BY_MASK = all.build();
  }

  private Signals() {}

  static ImmutableList<SpcSignal> of(int mask) {
    return BY_MASK.get(mask);
  }
}
