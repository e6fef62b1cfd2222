package org.dorsal.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dorsal.model.CandidateRules;
import org.dorsal.model.Economics;
import org.dorsal.model.ElevationGrid;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;
import org.dorsal.model.Technology;
import org.dorsal.radio.HopEndpoint;
import org.dorsal.radio.HopEngineering;
import org.dorsal.radio.HopPath;
import org.dorsal.radio.ItuHopEngineer;
import org.dorsal.radio.RadioClimate;
import org.dorsal.radio.RejectionReason;
import org.dorsal.radio.TerrainProfile;
import org.junit.jupiter.api.Test;

class TerrainHopEvaluatorTest {
  private static final ItuHopEngineer ITU = ItuHopEngineer.withDefaults();
  private static final HopEvaluator ANDES = HopEvaluator.of(ITU, ITU.prepare(RadioClimate.andes()));

  /** A 20 km hop due north, both ends on 500 m ground with 30 m antennas. */
  private static final HopEndpoint A = new HopEndpoint(-14.0, -72.0, 500, 30);
  private static final HopEndpoint B =
      new HopEndpoint(-14.0 + 20 / Geodesy.KM_PER_DEGREE, -72.0, 500, 30);
  private static final double MID_LAT = 0.5 * (A.latitudeDeg() + B.latitudeDeg());

  /** 500 m ground everywhere, with a 1,500 m ridge about 1 km wide across the hop's middle. */
  private static final ElevationGrid RIDGE =
      ProfileSamplerTest.grid((lat, lon) -> Math.abs(lat - MID_LAT) < 0.005 ? 1500 : 500);
  private static final ElevationGrid FLAT = ProfileSamplerTest.grid((lat, lon) -> 500);

  @Test
  void aRidgeMidwayBlocksTheHop() {
    HopPath path = HopPath.between(A, B);
    assertThat(path.distanceKm()).isBetween(19.99, 20.01);
    HopEngineering hop = new TerrainHopEvaluator(RIDGE, ANDES).engineer(path);
    assertThat(hop.rejection()).isEqualTo(RejectionReason.NO_CLEARANCE);
    assertThat(hop.options()).isEmpty();
    // the line of sight at 530 m passes 970 m below the ridge, before earth bulge and Fresnel zone
    assertThat(hop.clearanceShortfallM()).isGreaterThan(970);
    // without the grid the ground is assumed straight between the ends and the hop closes
    assertThat(ANDES.engineer(path).rejection()).isEqualTo(RejectionReason.NONE);
  }

  @Test
  void theSameHopOverFlatGroundClosesWithOptions() {
    HopPath path = HopPath.between(A, B);
    HopEngineering hop = new TerrainHopEvaluator(FLAT, ANDES).engineer(path);
    assertThat(hop.rejection()).isEqualTo(RejectionReason.NONE);
    assertThat(hop.options()).isNotEmpty();
    TerrainProfile profile = new ProfileSampler(FLAT).profile(path);
    assertThat(profile.size()).isGreaterThan(150);
    assertThat(hop).isEqualTo(ANDES.engineer(path.withTerrain(profile)));
  }

  @Test
  void clutterStandsOnTheSampledGround() {
    // 40 m of canopy on 500 m ground rises above 30 m antennas
    HopPath path = HopPath.between(A, B).withClutterHeightM(40);
    assertThat(new TerrainHopEvaluator(FLAT, ANDES).engineer(path).rejection())
        .isEqualTo(RejectionReason.NO_CLEARANCE);
  }

  @Test
  void aGivenProfileIsKeptAndHopsOffTheGridAreEngineeredAsTheyAre() {
    TerrainProfile flat = TerrainProfile.of(new double[] {10.0}, new double[] {500});
    HopPath withProfile = HopPath.between(A, B).withTerrain(flat);
    TerrainHopEvaluator evaluator = new TerrainHopEvaluator(RIDGE, ANDES);
    assertThat(evaluator.engineer(withProfile)).isEqualTo(ANDES.engineer(withProfile));

    HopPath offGrid = HopPath.between(
        new HopEndpoint(-12.0, -72.0, 500, 30), new HopEndpoint(-12.1, -72.0, 500, 30));
    assertThat(evaluator.engineer(offGrid)).isEqualTo(ANDES.engineer(offGrid));
  }

  @Test
  void theGeneratorRejectsTheBlockedHopAndKeepsTheClearOne() {
    Economics economics = new Economics("USD", 10, 0.05);
    List<Node> nodes = List.of(
        new Node("G", NodeKind.GATEWAY, "G", A.latitudeDeg(), A.longitudeDeg(), 500, 0, 0, false, 0,
            10_000, 27),
        new Node("S", NodeKind.SITE, "S", B.latitudeDeg(), B.longitudeDeg(), 500, 50, 500, true, 0,
            0, 0));
    CandidateRules rules = CandidateRules.defaults(); // 30 m antennas, no clutter
    CandidateNetwork blocked =
        new CandidateGenerator(rules, new TerrainHopEvaluator(RIDGE, ANDES)).generate(nodes, economics);
    assertThat(blocked.count(Technology.MICROWAVE)).isZero();
    assertThat(blocked.rejected(RejectionReason.NO_CLEARANCE)).isEqualTo(1);
    CandidateNetwork clear =
        new CandidateGenerator(rules, new TerrainHopEvaluator(FLAT, ANDES)).generate(nodes, economics);
    assertThat(clear.count(Technology.MICROWAVE)).isEqualTo(1);
  }
}
