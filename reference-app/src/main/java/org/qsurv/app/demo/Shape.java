package org.qsurv.app.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * How a story bends one provider's series: the mean (and the noise around it) at chosen months,
 * joined by straight lines and held flat before the first and after the last. Month 0 is the first
 * month of the data set.
 */
final class Shape {
  private final List<double[]> points = new ArrayList<>();

  /** The mean at {@code month}, with the indicator's usual noise. */
  Shape at(int month, double mean) {
    points.add(new double[] {month, mean, Double.NaN});
    return this;
  }

  /** The mean and its standard deviation at {@code month}. */
  Shape at(int month, double mean, double sd) {
    points.add(new double[] {month, mean, sd});
    return this;
  }

  double mean(double month) {
    return interpolate(month, 1);
  }

  /** The standard deviation at {@code month}, or NaN to use the indicator's own. */
  double sd(double month) {
    return interpolate(month, 2);
  }

  private double interpolate(double month, int column) {
    double[] first = points.get(0);
    if (month <= first[0]) {
      return first[column];
    }
    for (int i = 1; i < points.size(); i++) {
      double[] a = points.get(i - 1);
      double[] b = points.get(i);
      if (month <= b[0]) {
        double f = (month - a[0]) / (b[0] - a[0]);
        return a[column] + f * (b[column] - a[column]);
      }
    }
    return points.get(points.size() - 1)[column];
  }
}
