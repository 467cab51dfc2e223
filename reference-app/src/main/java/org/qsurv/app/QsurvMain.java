package org.qsurv.app;

/** Entry point of {@code qsurv.jar}; the sub-commands arrive with the reference-app issue. */
public final class QsurvMain {
  private QsurvMain() {}

  public static void main(String[] args) {
    System.out.println("qsurv reference application 0.1.0");
  }
}
