package org.dorsal.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BudgetRangeTest {

  @Test
  void evenlySpacedWithBothEnds() {
    BudgetRange range = BudgetRange.parse("456000:1056000:7");
    assertThat(range).isEqualTo(new BudgetRange(456000, 1056000, 7));
    double[] budgets = new double[7];
    for (int i = 0; i < 7; i++) {
      budgets[i] = range.budgetUsd(i);
    }
    assertThat(budgets).containsExactly(456000, 556000, 656000, 756000, 856000, 956000, 1056000);
    assertThat(BudgetRange.parse("0:1e7:2").budgetUsd(1)).isEqualTo(1e7);
    assertThat(BudgetRange.parse("0.1:0.3:3").budgetUsd(2)).isEqualTo(0.3);
    assertThat(BudgetRange.parse("5:5:2").budgetUsd(0)).isEqualTo(5);
  }

  @Test
  void errorsSayWhatToWrite() {
    assertThatThrownBy(() -> BudgetRange.parse("0:100"))
        .hasMessage("--budget must be FROM:TO:STEPS in USD, e.g. 0:50000000:6; found '0:100'");
    assertThatThrownBy(() -> BudgetRange.parse("5:1:3"))
        .hasMessage("--budget: FROM (5) must not exceed TO (1)");
    assertThatThrownBy(() -> BudgetRange.parse("0:1:1"))
        .hasMessage("--budget: STEPS must be a whole number of at least 2 (the points include FROM and TO); found '1'");
    assertThatThrownBy(() -> BudgetRange.parse("0:1:2.5"))
        .hasMessage("--budget: STEPS must be a whole number of at least 2 (the points include FROM and TO); found '2.5'");
    assertThatThrownBy(() -> BudgetRange.parse("x:1:3"))
        .hasMessage("--budget: FROM must be a number of USD, e.g. 25000000; found 'x'");
    assertThatThrownBy(() -> BudgetRange.parse("0:NaN:3"))
        .hasMessage("--budget: TO must be a number of USD, e.g. 25000000; found 'NaN'");
    assertThatThrownBy(() -> BudgetRange.parse("0:1e400:3"))
        .hasMessage("--budget: TO must be a finite number of USD, at least 0; found '1e400'");
    assertThatThrownBy(() -> BudgetRange.parse("-1:5:3"))
        .hasMessage("--budget: FROM must be a finite number of USD, at least 0; found '-1'");
  }
}
