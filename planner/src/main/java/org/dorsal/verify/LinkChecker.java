package org.dorsal.verify;

import static org.dorsal.verify.Violations.num;
import static org.dorsal.verify.Violations.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.result.ResultLink;

/**
 * Checks each listed link against the instance: known id, listed once, technology, option,
 * capacity, length, flow ends and every cost. Flows are {@link FlowChecker}'s job.
 */
final class LinkChecker {
  private final PlanView view;
  private final Violations out;

  LinkChecker(PlanView view, Violations out) {
    this.view = view;
    this.out = out;
  }

  void check() {
    Map<String, Integer> timesListed = new LinkedHashMap<>();
    for (ResultLink l : view.result().links()) {
      timesListed.merge(l.linkId(), 1, Integer::sum);
    }
    for (Map.Entry<String, Integer> e : timesListed.entrySet()) {
      if (e.getValue() > 1) {
        out.add("link " + e.getKey() + ": listed " + e.getValue() + " times; list each link once");
      }
    }
    for (ResultLink l : view.distinctResultLinks()) {
      checkLink(l);
    }
  }

  private void checkLink(ResultLink reported) {
    String subject = "link " + reported.linkId();
    Link link = view.link(reported.linkId());
    if (link == null) {
      out.add(subject + ": not a link of the instance");
      return;
    }
    String technology = link.technology().jsonName();
    if (!technology.equals(reported.technology())) {
      out.add(
          subject
              + ": technology is "
              + quote(reported.technology())
              + ", expected "
              + quote(technology));
    }
    checkEnds(subject, link, reported);
    out.checkClose(subject, "lengthKm", reported.lengthKm(), link.lengthKm(), "");
    LinkOption option = link.option(reported.optionId());
    if (option == null) {
      out.add(
          subject
              + ": option "
              + quote(reported.optionId())
              + " is not an option of the link (options: "
              + String.join(", ", optionIds(link))
              + ")");
      return;
    }
    String ofOption = " (option " + option.id() + ")";
    out.checkClose(
        subject, "capacityMbps", reported.capacityMbps(), option.capacityMbps(), ofOption);
    if (view.rollout()) {
      LinkCosts costs = view.costsOf(reported);
      if (costs != null) {
        // the schedule itself is RolloutChecker's job
        String over = " (present value over the link's schedule)";
        out.checkClose(subject, "capexUsd", reported.capexUsd(), costs.capexUsd(), over);
        out.checkClose(subject, "opexNpcUsd", reported.opexNpcUsd(), costs.opexNpcUsd(), over);
        out.checkClose(subject, "leaseNpcUsd", reported.leaseNpcUsd(), costs.leaseNpcUsd(), over);
        out.checkClose(subject, "npcUsd", reported.npcUsd(), costs.npcUsd(), " (capex + opex + lease)");
      }
      return;
    }
    LinkCosts costs = LinkCosts.of(link, option, view.annuityFactor());
    String a = num(view.annuityFactor());
    out.checkClose(
        subject,
        "capexUsd",
        reported.capexUsd(),
        costs.capexUsd(),
        " (option capexUsd + buildUsdPerKm x lengthKm)");
    out.checkClose(
        subject,
        "opexNpcUsd",
        reported.opexNpcUsd(),
        costs.opexNpcUsd(),
        " (opexUsdPerYear x A = " + a + ")");
    out.checkClose(
        subject,
        "leaseNpcUsd",
        reported.leaseNpcUsd(),
        costs.leaseNpcUsd(),
        " ((leaseUsdPerYear + 12 x leaseUsdPerMbpsMonth x capacityMbps) x A = " + a + ")");
    if (!view.split()) {
      out.checkClose(
          subject, "npcUsd", reported.npcUsd(), costs.npcUsd(), " (capex + opex + lease)");
      return;
    }
    double usage = view.usageNpcUsd(link);
    out.checkClose(subject, "usageNpcUsd", reported.usageNpcUsd(), usage,
        " (usageUsdPerMbpsYear x the flow of the routes crossing it x A = " + a + ")");
    out.checkClose(
        subject, "npcUsd", reported.npcUsd(), costs.npcUsd() + usage, " (capex + opex + lease + usage)");
  }

  /** flowFromId/flowToId are the link's ends in some order; a satellite link's from and null. */
  private void checkEnds(String subject, Link link, ResultLink reported) {
    String from = reported.flowFromId();
    String to = reported.flowToId();
    boolean ok;
    String expected;
    if (link.isSatellite()) {
      ok = Objects.equals(from, link.fromId()) && to == null;
      expected = link.fromId() + " -> null (a satellite link sends traffic to the internet)";
    } else {
      ok =
          (Objects.equals(from, link.fromId()) && Objects.equals(to, link.toId()))
              || (Objects.equals(from, link.toId()) && Objects.equals(to, link.fromId()));
      expected = link.fromId() + " -> " + link.toId() + " or " + link.toId() + " -> " + link.fromId();
    }
    if (!ok) {
      out.add(subject + ": flow runs " + from + " -> " + to + ", expected " + expected);
    }
  }

  private static List<String> optionIds(Link link) {
    List<String> ids = new ArrayList<>();
    for (LinkOption o : link.options()) {
      ids.add(o.id());
    }
    return ids;
  }
}
