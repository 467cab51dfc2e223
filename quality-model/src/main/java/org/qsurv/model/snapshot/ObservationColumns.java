package org.qsurv.model.snapshot;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;

/**
 * A snapshot's observations held in primitive columns, one row per observation, grouped by
 * provider: the bulk form that evaluation reads, so that a national snapshot (36 million
 * observations) costs about 14 bytes an observation instead of an {@link Observation} and its
 * boxed numbers each.
 *
 * <p>Rows are ordered by provider (the snapshot's order of providers), then by indicator (the
 * snapshot's order of indicators), then by period, oldest first; provider {@code p}'s rows are
 * {@code from(p)} to {@code to(p)} (exclusive), and within them each indicator's series is one
 * contiguous run. Only what evaluation reads is kept: provider, indicator, period and value (a
 * missing return, possible in a snapshot built in code, has {@code NaN}, which no returned value
 * can be); numerators and denominators are not. {@link #observation(int, int)} makes an
 * {@link Observation} view of a row for callers that need one.
 *
 * <p>Instances are immutable once built. Build one from a snapshot with
 * {@link BulkSnapshot#of(Snapshot)}, or read one in bulk with {@link BulkSnapshotReader}.
 *
 * @since 1.0.0
 */
public final class ObservationColumns {
  private final ImmutableList<OrganisationCode> providers;
  private final ImmutableList<IndicatorId> indicators;
  private final int[] start;
  private final int[] indicator;
  private final char[] period;
  private final double[] value;
  private final Period[] periods;

  private ObservationColumns(ImmutableList<OrganisationCode> providers,
      ImmutableList<IndicatorId> indicators, int[] start, int[] indicator, char[] period,
      double[] value, Period[] periods) {
    this.providers = providers;
    this.indicators = indicators;
    this.start = start;
    this.indicator = indicator;
    this.period = period;
    this.value = value;
    this.periods = periods;
  }

  /** The columns of {@code snapshot}'s observations (a snapshot is already consistent). */
  static ObservationColumns of(Snapshot snapshot) {
    List<Observation> observations = snapshot.observations();
    Map<OrganisationCode, Integer> providerIndex = new HashMap<>();
    for (Provider p : snapshot.providers()) {
      providerIndex.put(p.code(), providerIndex.size());
    }
    Map<IndicatorId, Integer> indicatorIndex = new HashMap<>();
    for (IndicatorDefinition d : snapshot.indicators()) {
      indicatorIndex.put(d.id(), indicatorIndex.size());
    }
    Map<Period, Integer> periodIndex = new HashMap<>();
    int n = observations.size();
    int[] owner = new int[n];
    int[] ind = new int[n];
    int[] per = new int[n];
    double[] val = new double[n];
    for (int i = 0; i < n; i++) {
      Observation o = observations.get(i);
      owner[i] = providerIndex.get(o.provider());
      ind[i] = indicatorIndex.get(o.indicator());
      Integer known = periodIndex.putIfAbsent(o.period(), periodIndex.size());
      per[i] = known == null ? periodIndex.size() - 1 : known;
      val[i] = o.value().orElse(Double.NaN);
    }
    Period[] table = PeriodTable.sorted(periodIndex);
    int[] remap = PeriodTable.remap(periodIndex, table);
    char[] periodColumn = new char[n];
    for (int i = 0; i < n; i++) {
      periodColumn[i] = (char) remap[per[i]];
    }
    int[] start = new int[snapshot.providers().size() + 1];
    int[] order = bucket(owner, start);
    ObservationColumns columns = new ObservationColumns(codes(snapshot), ids(snapshot), start,
        permute(ind, order), permute(periodColumn, order), permute(val, order), table);
    columns.sortProviders(0, start.length - 1);
    return columns;
  }

  /** Columns from rows already grouped by provider ({@code start}); sorted by the caller. */
  static ObservationColumns grouped(Snapshot parts, int[] start, int[] indicator, char[] period,
      double[] value, Period[] periods) {
    return new ObservationColumns(codes(parts), ids(parts), start, indicator, period, value,
        periods);
  }

  private static ImmutableList<OrganisationCode> codes(Snapshot snapshot) {
    return snapshot.providers().stream().map(Provider::code).collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<IndicatorId> ids(Snapshot snapshot) {
    return snapshot.indicators().stream().map(IndicatorDefinition::id)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Sorts the rows of providers {@code from} to {@code to} (exclusive) by indicator, then period;
   * returns the first row that repeats the indicator and period of the row before it, or -1.
   * Rows already in order (a feed written provider by provider) are only checked.
   */
  int sortProviders(int from, int to) {
    int repeated = -1;
    long[] keys = new long[0];
    for (int p = from; p < to; p++) {
      int a = start[p];
      int b = start[p + 1];
      if (!inOrder(a, b)) {
        if (keys.length < b - a) {
          keys = new long[b - a];
        }
        sortRows(a, b, keys);
      }
      for (int r = a + 1; r < b && repeated < 0; r++) {
        if (indicator[r] == indicator[r - 1] && period[r] == period[r - 1]) {
          repeated = r;
        }
      }
    }
    return repeated;
  }

  private boolean inOrder(int a, int b) {
    for (int r = a + 1; r < b; r++) {
      if (indicator[r] < indicator[r - 1]
          || (indicator[r] == indicator[r - 1] && period[r] < period[r - 1])) {
        return false;
      }
    }
    return true;
  }

  /** Sorts rows {@code a..b} by (indicator, period, position): a packed key where it fits. */
  private void sortRows(int a, int b, long[] keys) {
    int n = b - a;
    if (n < (1 << 15)) {
      for (int r = a; r < b; r++) {
        keys[r - a] = ((long) indicator[r] << 31) | ((long) period[r] << 15) | (r - a);
      }
      Arrays.sort(keys, 0, n);
    } else {
      Integer[] boxed = new Integer[n];
      for (int i = 0; i < n; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, (x, y) -> {
        int byIndicator = Integer.compare(indicator[a + x], indicator[a + y]);
        return byIndicator != 0 ? byIndicator : Character.compare(period[a + x], period[a + y]);
      });
      for (int i = 0; i < n; i++) {
        keys[i] = boxed[i];
      }
    }
    int[] ind = new int[n];
    char[] per = new char[n];
    double[] val = new double[n];
    for (int i = 0; i < n; i++) {
      int r = a + (int) (keys[i] & (n < (1 << 15) ? 0x7FFF : 0xFFFF_FFFFL));
      ind[i] = indicator[r];
      per[i] = period[r];
      val[i] = value[r];
    }
    System.arraycopy(ind, 0, indicator, a, n);
    System.arraycopy(per, 0, period, a, n);
    System.arraycopy(val, 0, value, a, n);
  }

  /**
   * Groups item indices by owner, keeping their order within an owner: a counting sort.
   * {@code start[o]..start[o+1]} are owner {@code o}'s positions in the result.
   */
  private static int[] bucket(int[] owner, int[] start) {
    for (int o : owner) {
      start[o + 1]++;
    }
    for (int i = 1; i < start.length; i++) {
      start[i] += start[i - 1];
    }
    int[] order = new int[owner.length];
    int[] next = Arrays.copyOf(start, start.length - 1);
    for (int i = 0; i < owner.length; i++) {
      order[next[owner[i]]++] = i;
    }
    return order;
  }

  private static int[] permute(int[] column, int[] order) {
    int[] result = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      result[i] = column[order[i]];
    }
    return result;
  }

  private static char[] permute(char[] column, int[] order) {
    char[] result = new char[order.length];
    for (int i = 0; i < order.length; i++) {
      result[i] = column[order[i]];
    }
    return result;
  }

  private static double[] permute(double[] column, int[] order) {
    double[] result = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      result[i] = column[order[i]];
    }
    return result;
  }

  /** The number of observations. */
  public int size() {
    return value.length;
  }

  /** The number of providers (the snapshot's, including those without observations). */
  public int providers() {
    return start.length - 1;
  }

  /** The first row of provider {@code p} (its index in the snapshot's providers). */
  public int from(int p) {
    return start[Objects.checkIndex(p, providers())];
  }

  /** One past the last row of provider {@code p}. */
  public int to(int p) {
    return start[Objects.checkIndex(p, providers()) + 1];
  }

  /** The index, in the snapshot's indicators, of the indicator of row {@code row}. */
  public int indicator(int row) {
    return indicator[row];
  }

  /** The period of row {@code row}. */
  public Period period(int row) {
    return periods[period[row]];
  }

  /**
   * The index of row {@code row}'s period among the distinct periods ({@link #periodAt(int)}):
   * within one indicator, a later period has a larger index.
   */
  public int periodIndex(int row) {
    return period[row];
  }

  /** The number of distinct periods. */
  public int periodCount() {
    return periods.length;
  }

  /** The distinct period with index {@code index}. */
  public Period periodAt(int index) {
    return periods[index];
  }

  /** The value of row {@code row}, or {@code NaN} for a missing return. */
  public double value(int row) {
    return value[row];
  }

  /** Whether row {@code row} records a missing return. */
  public boolean isMissing(int row) {
    return Double.isNaN(value[row]);
  }

  /**
   * Row {@code row} as an {@link Observation} (provider {@code p}'s code is the snapshot's); a
   * new value each call, for the few callers that need one.
   */
  public Observation observation(int p, int row) {
    Objects.checkIndex(row, size());
    OrganisationCode code = providers.get(p);
    IndicatorId id = indicators.get(indicator[row]);
    return isMissing(row) ? Observation.missing(code, id, period(row))
        : Observation.of(code, id, period(row), value[row]);
  }

  /** The distinct periods of a set, ordered by frequency then ordinal, and their indexes. */
  static final class PeriodTable {
    private PeriodTable() {}

    static Period[] sorted(Map<Period, Integer> index) {
      Period[] table = index.keySet().toArray(new Period[0]);
      Arrays.sort(table, (x, y) -> x.frequency() != y.frequency()
          ? x.frequency().compareTo(y.frequency()) : Integer.compare(x.ordinal(), y.ordinal()));
      if (table.length > Character.MAX_VALUE) {
        throw new IllegalArgumentException("a snapshot has at most " + (int) Character.MAX_VALUE
            + " distinct periods but this one has " + table.length);
      }
      return table;
    }

    /** For each index in {@code index}, the position of its period in {@code table}. */
    static int[] remap(Map<Period, Integer> index, Period[] table) {
      int[] remap = new int[index.size()];
      for (int i = 0; i < table.length; i++) {
        remap[index.get(table[i])] = i;
      }
      return remap;
    }
  }
}
