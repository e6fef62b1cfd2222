package org.dorsal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartPrimitivesTest {
  @Test
  void axisTicksAreNiceRoundNumbersCoveringTheRange() {
    // 68.06 M over about 5 ticks: a raw step of 13.6 M rounds up to 20 M
    assertThat(Axis.fromZero(0, 68.06e6, 5).ticks()).containsExactly(0.0, 2e7, 4e7, 6e7, 8e7);
    assertThat(Axis.covering(45.8e6, 120.6e6, 5).ticks()).containsExactly(4e7, 6e7, 8e7, 1e8, 1.2e8, 1.4e8);
    Axis one = Axis.fromZero(0, 1, 1);
    assertThat(one.ticks()).containsExactly(0.0, 1.0);
    assertThat(one.toPixel(0.25, 100, 0)).isEqualTo(75.0);
  }

  @Test
  void binsCountValuesAndTheLastBinHoldsItsUpperEdge() {
    Histogram.Bins bins = Histogram.Bins.of(new double[] {0.25, 0.5, 1.0, 0.0, Double.NaN}, 0, 1, 10);
    assertThat(bins.counts()).containsExactly(1, 0, 1, 0, 0, 1, 0, 0, 0, 1);
    assertThat(bins.total()).isEqualTo(4);
    assertThat(Histogram.Bins.spanning(new double[] {5, 5}, 20).counts()).containsExactly(2);
  }

  @Test
  void labelsThatWouldOverlapMoveOrAreLeftOut() {
    LabelPlacer placer = new LabelPlacer(400, 300);
    assertThat(placer.place(100, 100, "Cusco")).isEqualTo(new LabelPlacer.Spot(107, 113, "start"));
    // the same point again: right-below is taken, right-above is free
    assertThat(placer.place(100, 100, "Anta")).isEqualTo(new LabelPlacer.Spot(107, 95, "start"));
    assertThat(placer.place(100, 100, "Calca")).isEqualTo(new LabelPlacer.Spot(93, 113, "end"));
    assertThat(placer.place(100, 100, "Urcos")).isEqualTo(new LabelPlacer.Spot(93, 95, "end"));
    assertThat(placer.place(100, 100, "Paruro")).isNull();
    // near the right edge a label goes to the left of its point
    assertThat(placer.place(390, 200, "Puno")).isEqualTo(new LabelPlacer.Spot(383, 213, "end"));
  }

  @Test
  void figuresAreWrittenTheSameEverywhere() {
    assertThat(Figures.money(68063499.15, "USD")).isEqualTo("68,063,499 USD");
    assertThat(Figures.unitMoney(43.2865, "USD")).isEqualTo("43.29 USD");
    assertThat(Figures.shortMoney(68063499.15)).isEqualTo("68.1 M");
    assertThat(Figures.signedMoney(-56.4, "USD")).isEqualTo("-56 USD");
    assertThat(Figures.signedMoney(1234, "USD")).isEqualTo("+1,234 USD");
    assertThat(Figures.percent(0.02083489631756059)).isEqualTo("2.08 %");
    assertThat(Figures.money(Double.NaN, "USD")).isEqualTo("n/a");
  }

  @Test
  void svgTextAndAttributesAreEscaped() {
    Svg svg = new Svg(10, 10, "a <b> & \"c\"");
    svg.text(1, 2, "x < y & 'z'", "start", "t");
    svg.rect(0, 0, 1, 1, "#000", "r", "<tip>");
    String out = svg.render("s");
    assertThat(out).contains("aria-label=\"a &lt;b&gt; &amp; &quot;c&quot;\"",
        "<text class=\"t\" x=\"1.0\" y=\"2.0\" text-anchor=\"start\">x &lt; y &amp; &#39;z&#39;</text>",
        "<title>&lt;tip&gt;</title>");
    assertThat(List.of(out.split("<")).stream().filter(s -> s.startsWith("b>")).count()).isZero();
  }
}
