package org.dorsal.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dorsal.io.PlanBundle;
import org.dorsal.model.Node;
import org.dorsal.model.result.ResultLink;

/**
 * The plan drawn on an equirectangular projection: x = longitude times the cosine of the mean
 * latitude, y = latitude, scaled to fit. Every equipped link is one {@code path.link} (a line
 * coloured by technology; a satellite link is a triangle at its terminal), gateways are black
 * squares, sites are circles filled by how they are served (dark: through a gateway, pink: by
 * satellite, red ring: not served), relays and junctions small grey dots. A legend and a scale
 * bar sit under the map. Small plans get their node names written.
 */
public final class PlanMap {
  private static final double WIDTH_PX = 960;
  private static final double MAX_MAP_HEIGHT_PX = 900;
  private static final double MIN_MAP_HEIGHT_PX = 320;
  private static final double PAD_PX = 36;
  private static final double KM_PER_DEGREE = 6371.0088 * Math.PI / 180;
  private static final int MAX_LABELLED_NODES = 40;
  private static final int DENSE_NODES = 1000;
  private static final String SERVED_FILL = "#333333";

  private final PlanBundle plan;
  private final double minLon;
  private final double maxLat;
  private final double lonFactor;
  private final double scale;
  private final double mapHeight;
  /** Thousands of sites would hide the links under their markers: those maps draw them smaller. */
  private final double markerScale;

  private PlanMap(PlanBundle plan) {
    this.plan = plan;
    List<Node> nodes = plan.instance().nodes();
    double lo0 = Double.POSITIVE_INFINITY;
    double lo1 = Double.NEGATIVE_INFINITY;
    double la0 = Double.POSITIVE_INFINITY;
    double la1 = Double.NEGATIVE_INFINITY;
    double latSum = 0;
    for (Node n : nodes) {
      lo0 = Math.min(lo0, n.lon());
      lo1 = Math.max(lo1, n.lon());
      la0 = Math.min(la0, n.lat());
      la1 = Math.max(la1, n.lat());
      latSum += n.lat();
    }
    if (nodes.isEmpty()) {
      lo0 = lo1 = la0 = la1 = 0;
    }
    double meanLat = nodes.isEmpty() ? 0 : latSum / nodes.size();
    lonFactor = Math.cos(Math.toRadians(meanLat));
    double spanX = Math.max((lo1 - lo0) * lonFactor, 1e-3);
    double spanY = Math.max(la1 - la0, 1e-3);
    double innerWidth = WIDTH_PX - 2 * PAD_PX;
    double height = Math.min(MAX_MAP_HEIGHT_PX, Math.max(MIN_MAP_HEIGHT_PX, innerWidth * spanY / spanX + 2 * PAD_PX));
    scale = Math.min(innerWidth / spanX, (height - 2 * PAD_PX) / spanY);
    // centre the drawing in the frame
    minLon = lo0 - ((innerWidth / scale) - spanX) / 2 / lonFactor;
    maxLat = la1 + ((height - 2 * PAD_PX) / scale - spanY) / 2;
    mapHeight = height;
    markerScale = nodes.size() > DENSE_NODES ? 0.6 : 1.0;
  }

  /** The map as an {@code <svg class="map">} element. */
  public static String render(PlanBundle plan) {
    return new PlanMap(plan).draw();
  }

  private double x(Node n) {
    return PAD_PX + (n.lon() - minLon) * lonFactor * scale;
  }

  private double y(Node n) {
    return PAD_PX + (maxLat - n.lat()) * scale;
  }

  private String draw() {
    List<Legend.Entry> legend = legendEntries();
    double legendHeight = Legend.height(legend, WIDTH_PX - 2 * PAD_PX);
    Svg svg = new Svg(WIDTH_PX, mapHeight + legendHeight + 20, "Map of the plan " + plan.result().instanceName());
    svg.rect(0, 0, WIDTH_PX, mapHeight, "#F7F9FB", "map-background", null);
    drawLinks(svg);
    drawNodes(svg);
    drawScaleBar(svg, mapHeight - 14);
    Legend.draw(svg, legend, PAD_PX, mapHeight + 12, WIDTH_PX - 2 * PAD_PX);
    return svg.render("map");
  }

  private void drawLinks(Svg svg) {
    svg.openGroup("links");
    for (ResultLink l : plan.result().links()) {
      Node from = plan.node(l.flowFromId());
      String colour = Palette.technology(l.technology());
      String tip = String.format(Locale.ROOT, "%s %s %s: %s, %s of %s Mbps (%s), %s km, NPC %s", l.linkId(),
          l.technology(), l.optionId(), route(l), Figures.decimal(l.flowMbps(), 0),
          Figures.decimal(l.capacityMbps(), 0), Figures.percent(l.utilisation()), Figures.decimal(l.lengthKm(), 1),
          Figures.money(l.npcUsd(), plan.currency()));
      String cssClass = "link tech-" + l.technology();
      if (l.flowToId() == null) {
        double s = 6 * markerScale;
        double cx = x(from);
        double cy = y(from) - 1.5 * s;
        String d = "M" + Svg.n(cx) + " " + Svg.n(cy - s) + " L" + Svg.n(cx + s) + " " + Svg.n(cy + 0.7 * s) + " L"
            + Svg.n(cx - s) + " " + Svg.n(cy + 0.7 * s) + " Z";
        svg.element("path", tip, "class", cssClass, "d", d, "fill", colour, "stroke", "#333333",
            "stroke-width", "0.8", "data-link", l.linkId());
      } else {
        Node to = plan.node(l.flowToId());
        String d = "M" + Svg.n(x(from)) + " " + Svg.n(y(from)) + " L" + Svg.n(x(to)) + " " + Svg.n(y(to));
        String width = l.technology().startsWith("fiber") ? "3" : "1.8";
        svg.element("path", tip, "class", cssClass, "d", d, "fill", "none", "stroke", colour, "stroke-width", width,
            "stroke-linecap", "round", "data-link", l.linkId());
      }
    }
    svg.closeGroup();
  }

  private String route(ResultLink l) {
    return l.flowToId() == null ? l.flowFromId() + " to the internet" : l.flowFromId() + " to " + l.flowToId();
  }

  private void drawNodes(Svg svg) {
    List<Node> nodes = plan.instance().nodes();
    boolean labelAll = nodes.size() <= MAX_LABELLED_NODES;
    svg.openGroup("nodes");
    for (Node n : nodes) {
      if (!n.isGateway() && !n.isSite()) {
        svg.circle(x(n), y(n), 2, Palette.OTHER_NODE, "node relay", n.kind().jsonName() + " " + n.id() + " "
            + n.name());
      }
    }
    for (Node n : nodes) {
      if (n.isSite()) {
        drawSite(svg, n);
      }
    }
    for (Node n : nodes) {
      if (n.isGateway()) {
        svg.rect(x(n) - 5, y(n) - 5, 10, 10, Palette.GATEWAY, "node gateway", "gateway " + n.id() + " " + n.name());
      }
    }
    svg.closeGroup();
    long gateways = nodes.stream().filter(Node::isGateway).count();
    svg.openGroup("labels");
    LabelPlacer placer = new LabelPlacer(WIDTH_PX, mapHeight);
    // gateways first: when names collide, theirs are kept
    for (boolean gatewayPass : new boolean[] {true, false}) {
      for (Node n : nodes) {
        if (n.isGateway() != gatewayPass || !(labelAll || n.isGateway() && gateways <= MAX_LABELLED_NODES)) {
          continue;
        }
        LabelPlacer.Spot spot = placer.place(x(n), y(n), n.name());
        if (spot != null) {
          svg.text(spot.x(), spot.y(), n.name(), spot.anchor(), n.isGateway() ? "node-label gateway-label"
              : "node-label");
        }
      }
    }
    svg.closeGroup();
  }

  private void drawSite(Svg svg, Node n) {
    String exit = plan.exitOf(n.id());
    String tip = "site " + n.id() + " " + n.name() + ": " + Figures.decimal(n.demandMbps(), 0) + " Mbps, "
        + Figures.count(n.population()) + " people, " + describeExit(n.id(), exit);
    double r = markerScale;
    switch (exit) {
      case "gateway" -> svg.circle(x(n), y(n), 3.5 * r, SERVED_FILL, "node site served", tip);
      case "satellite" -> svg.circle(x(n), y(n), 4.5 * r, Palette.technology("satellite"), "node site satellite",
          tip);
      default -> svg.circle(x(n), y(n), 4.5 * r, "none", "node site unserved", tip);
    }
  }

  private String describeExit(String siteId, String exit) {
    return switch (exit) {
      case "gateway" -> "served through gateway " + plan.route(siteId).gatewayId();
      case "satellite" -> "served by satellite";
      default -> "not served";
    };
  }

  private List<Legend.Entry> legendEntries() {
    Set<String> technologies = new LinkedHashSet<>();
    for (ResultLink l : plan.result().links()) {
      technologies.add(l.technology());
    }
    List<Legend.Entry> entries = new ArrayList<>();
    for (String t : List.of("fiber-existing", "fiber-lease", "fiber-build", "microwave")) {
      if (technologies.contains(t)) {
        entries.add(new Legend.Entry(t, Palette.technology(t), Legend.Shape.LINE));
      }
    }
    if (technologies.contains("satellite")) {
      entries.add(new Legend.Entry("satellite terminal", Palette.technology("satellite"), Legend.Shape.TRIANGLE));
    }
    entries.add(new Legend.Entry("gateway", Palette.GATEWAY, Legend.Shape.SQUARE));
    entries.add(new Legend.Entry("site served via a gateway", SERVED_FILL, Legend.Shape.CIRCLE));
    boolean satelliteSites = false;
    boolean unserved = false;
    boolean others = false;
    for (Node n : plan.instance().nodes()) {
      if (n.isSite()) {
        satelliteSites |= plan.exitOf(n.id()).equals("satellite");
        unserved |= plan.exitOf(n.id()).equals("unserved");
      } else if (!n.isGateway()) {
        others = true;
      }
    }
    if (satelliteSites) {
      entries.add(new Legend.Entry("site served by satellite", Palette.technology("satellite"), Legend.Shape.CIRCLE));
    }
    if (unserved) {
      entries.add(new Legend.Entry("site not served", Palette.UNSERVED, Legend.Shape.RING));
    }
    if (others) {
      entries.add(new Legend.Entry("relay or junction", Palette.OTHER_NODE, Legend.Shape.CIRCLE));
    }
    return entries;
  }

  /** A bar of a round length near a fifth of the width, at the map's bottom left. */
  private void drawScaleBar(Svg svg, double y) {
    double kmPerPx = KM_PER_DEGREE / scale;
    double target = kmPerPx * (WIDTH_PX / 5);
    double power = Math.pow(10, Math.floor(Math.log10(target)));
    double km = power;
    for (double m : new double[] {2, 5, 10}) {
      if (m * power <= target) {
        km = m * power;
      }
    }
    double px = km / kmPerPx;
    svg.openGroup("scale-bar");
    svg.line(PAD_PX, y, PAD_PX + px, y, "scale");
    svg.line(PAD_PX, y - 5, PAD_PX, y + 1, "scale");
    svg.line(PAD_PX + px, y - 5, PAD_PX + px, y + 1, "scale");
    svg.text(PAD_PX + px + 6, y + 4, Figures.decimal(km, km < 1 ? 1 : 0) + " km", "start", "scale-label");
    svg.closeGroup();
  }
}

