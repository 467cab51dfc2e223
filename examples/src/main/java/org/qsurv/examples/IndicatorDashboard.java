package org.qsurv.examples;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;
import org.qsurv.model.indicator.Thresholds;
import org.qsurv.scoring.spc.ProcessLimits;
import org.qsurv.scoring.spc.SpcOptions;
import org.qsurv.scoring.spc.SpcSummary;
import org.qsurv.scoring.spc.XmrChart;
import org.qsurv.scoring.threshold.ThresholdBand;

/**
 * Example 2: judge a provider's indicator dashboard: the latest month against its red / amber /
 * green tolerance levels (003 §5.2.1) and with NHS England's Making Data Count SPC, which looks
 * for "patterns of deterioration" rather than one bad month (003 §5.2.2; MDC).
 */
public final class IndicatorDashboard {
  private IndicatorDashboard() {}

  public static void main(String[] args) {
    IndicatorDefinition shmi = indicator("shmi", "Summary Hospital-level Mortality Indicator",
        QualityDomain.SAFE, "ratio", Polarity.LOWER_IS_BETTER, 1.05, 1.15, 1.0);
    IndicatorDefinition fft = indicator("fft", "Friends and Family Test, % positive",
        QualityDomain.EXPERIENCE, "%", Polarity.HIGHER_IS_BETTER, 90, 85, 90);
    double[] shmiValues = {0.99, 1.01, 0.98, 1.00, 1.02, 0.97, 1.00, 0.99, 1.01, 0.98, 1.00,
        0.99, 1.03, 1.04, 1.05, 1.04, 1.06, 1.07, 1.08};
    double[] fftValues = {94, 93, 95, 94, 92, 95, 93, 94, 96, 93, 94, 95, 94, 93, 95, 94, 93,
        95, 94};
    List<Period> months = new ArrayList<>();
    for (int i = 0; i < shmiValues.length; i++) {
      months.add(Period.month(2024, 1).plus(i));
    }

    // Limits fixed on the first year (2024), the baseline; later months are judged against it.
    SpcOptions options = SpcOptions.builder().baselinePoints(12).build();
    System.out.println("Indicator dashboard for RH5, latest month " + months.get(months.size() - 1)
        + " (rules: " + options.ruleSet().name() + ", baseline 2024)");
    for (IndicatorDefinition indicator : ImmutableList.of(shmi, fft)) {
      double[] values = indicator == shmi ? shmiValues : fftValues;
      double latest = values[values.length - 1];
      SpcSummary spc = SpcSummary.of(months, values, indicator.polarity(),
          indicator.target(), options);
      ProcessLimits limits = spc.limits().orElseThrow();
      System.out.printf("%-44s latest %6.2f %-5s band %-5s variation %s %s, assurance %s%n",
          indicator.name(), latest, indicator.unit(), ThresholdBand.of(indicator, latest),
          spc.variation(), spc.signals(), spc.assurance());
      System.out.printf("%-44s mean %.3f, limits %.3f to %.3f, target %.2f%n", "",
          limits.mean(), limits.lowerProcessLimit(), limits.upperProcessLimit(),
          indicator.target().getAsDouble());
    }

    System.out.println();
    System.out.println("SHMI XmR chart (Making Data Count):");
    XmrChart chart = XmrChart.of(months, shmiValues, shmi.polarity(), options);
    System.out.println("month     value   mean    LPL     UPL     variation                 rules");
    for (int i = 0; i < chart.size(); i++) {
      ProcessLimits l = chart.limits(i).orElseThrow();
      System.out.printf("%-9s %.2f    %.3f   %.3f   %.3f   %-25s %s%n",
          chart.period(i).orElseThrow(), chart.value(i), l.mean(), l.lowerProcessLimit(),
          l.upperProcessLimit(), chart.variation(i), chart.signals(i));
    }
  }

  private static IndicatorDefinition indicator(String id, String name, QualityDomain domain,
      String unit, Polarity polarity, double amber, double red, double target) {
    return IndicatorDefinition.builder()
        .id(IndicatorId.of(id)).name(name).domain(domain).unit(unit).polarity(polarity)
        .frequency(Frequency.MONTHLY).thresholds(Thresholds.of(amber, red)).target(target)
        .build();
  }
}
