package org.dorsal.candidates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.dorsal.model.CandidateRules;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.radio.ItuHopEngineer;
import org.dorsal.radio.PropagationGrid;
import org.dorsal.radio.RadioClimate;

/**
 * Turns an instance that asks for candidates ({@link Instance#candidateRules()} set) into one
 * whose links are all written out: the given links first, in their order, then the generated
 * ones (see {@link CandidateGenerator}). The same instance always expands to the same links.
 */
public final class CandidateExpansion {

  /** The expanded instance and what generation did. */
  public record Result(Instance instance, CandidateNetwork generated, double seconds) {}

  private final UnaryOperator<HopEvaluator> terrain;

  /** Hops are engineered from the ends' elevations only. */
  public CandidateExpansion() {
    this(UnaryOperator.identity());
  }

  /**
   * @param terrain wraps the climate's hop evaluator, e.g. to add terrain profiles from an
   *     elevation grid
   */
  public CandidateExpansion(UnaryOperator<HopEvaluator> terrain) {
    this.terrain = terrain;
  }

  /**
   * Generates the candidates of {@code instance}; an instance without rules is returned as it is.
   *
   * @throws IllegalArgumentException when a generated link id equals a given one or two
   *     generated ids clash (possible only with node ids that contain '-')
   */
  public Result expand(Instance instance) {
    if (!instance.needsCandidates()) {
      return new Result(instance, null, 0.0);
    }
    long start = System.nanoTime();
    CandidateRules rules = instance.candidateRules();
    HopEvaluator hops = terrain.apply(evaluator(rules.climate()));
    CandidateNetwork network =
        new CandidateGenerator(rules, hops).parallel().generate(instance.nodes(), instance.economics());
    List<Link> all = new ArrayList<>(instance.links().size() + network.links().size());
    all.addAll(instance.links());
    all.addAll(network.links());
    Set<String> ids = new HashSet<>(all.size() * 2);
    for (Link link : all) {
      if (!ids.add(link.id())) {
        throw new IllegalArgumentException("the generated link " + link.id()
            + " has the id of another link; rename the given link or the nodes whose ids"
            + " contain '-'");
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(instance.expandedWith(all), network, seconds);
  }

  /** The hop evaluator of a climate choice, with the default radio catalogue. */
  static HopEvaluator evaluator(CandidateRules.Climate climate) {
    ItuHopEngineer engineer = ItuHopEngineer.withDefaults();
    return switch (climate) {
      case PERU_GRID -> new GridClimateEvaluator(engineer, PropagationGrid.peru());
      case COAST -> HopEvaluator.of(engineer, engineer.prepare(RadioClimate.coast()));
      case ANDES -> HopEvaluator.of(engineer, engineer.prepare(RadioClimate.andes()));
      case AMAZON -> HopEvaluator.of(engineer, engineer.prepare(RadioClimate.amazon()));
    };
  }
}
